#!/usr/bin/env python3
"""Writes the import fixtures: the shapes real exports have, with the project's own people.
Run once; the files are committed. Bytes matter here (GBK, GB18030, CR CR LF), so every file is
written as bytes."""
import os

here = os.path.dirname(os.path.abspath(__file__))

def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)

# A delegation list saved by Excel/WPS on Chinese Windows: GBK, CRLF, Chinese headers.
write("gbk-delegation.csv", (
    "姓名,单位,职务,电话,邮箱\r\n"
    "欧阳明,河北省生态环境厅,处长,0311-8666 1234,ouyang.ming@example.cn\r\n"
    "曾丽,石家庄市水务局,副局长,+86 633 123 4567,zeng.li@example.cn\r\n"
).encode("gbk"))

# A vCard 2.1 whose properties declare GB18030 (8-bit, and one quoted-printable).
qp_org = "".join("=%02X" % b for b in "日照市商务局".encode("gb18030"))
write("gb18030-card.vcf", (
    b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
    + "N;CHARSET=GB18030:单;天芳;;;\r\nFN;CHARSET=GB18030:单天芳\r\n".encode("gb18030")
    + ("ORG;CHARSET=GB18030;ENCODING=QUOTED-PRINTABLE:" + qp_org + "\r\n").encode("ascii")
    + "TITLE;CHARSET=GB18030:科长\r\n".encode("gb18030")
    + b"TEL;WORK;VOICE:+86 633 123 4567\r\nTEL;FAX:+86 633 123 4568\r\n"
    + b"EMAIL;INTERNET:shan.tf@example.cn\r\nX-WECHAT:shantf_rz\r\nEND:VCARD\r\n"
))

# iOS share sheet export: CR CR LF line ends, grouped TELs with X-ABLabel, a folded PHOTO.
ios = "\r\r\n".join([
    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
    "N:Lindgren;Maja;;;", "FN:Maja Lindgren", "ORG:Falu Energi & Vatten;",
    "TITLE:Projektledare",
    "EMAIL;type=INTERNET;type=WORK;type=pref:maja.lindgren@example.se",
    "item1.TEL;type=pref:+46 23 77 40 00", "item1.X-ABLabel:Växel",
    "item2.TEL;type=CELL;type=VOICE:070-611 22 33", "item2.X-ABLabel:_$!<Mobile>!$_",
    "item3.TEL:+46 23 77 40 99", "item3.X-ABLabel:_$!<HomeFAX>!$_",
    "TEL;type=HOME;type=VOICE:023-12 34 56",
    "item4.ADR;type=WORK;type=pref:;;Bergskolegränd 8;Falun;;791 31;Sverige",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof",
    " Hh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy",
    "UID:7C1F9A52-3B8E-4E0D-9D1A-6E2F0B4C8A10", "END:VCARD", "",
])
write("ios-crcrlf.vcf", ios.encode("utf-8"))

# Android 2.1 export: quoted-printable UTF-8 with soft breaks, one right before a space.
write("android-qp.vcf", (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8F=B8=E9=A9=AC;=E5=85=89;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8F=B8=E9=A9=AC=E5=85=89\r\n"
    "TEL;CELL:+86 138 0531 0001\r\n"
    "TEL;PAGER:+86 531 8888 0002\r\n"
    "EMAIL;HOME:sima.guang@example.cn\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Met at the Jinan=\r\n"
    " water fair. =E6=B5=8E=E5=8D=97=\r\n"
    "=E6=B0=B4=E5=8A=A1\r\n"
    "IMPP:weixin:simaguang_jn\r\n"
    "END:VCARD\r\n"
).encode("ascii"))

# Google Contacts, current header; ` ::: ` multi-value cells.
write("google.csv", (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,"
    "Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Country\n"
    "Sanne,,Bakker,,,,,,,,Wetterskip Fryslân,Policy advisor,,,\"Met in Leeuwarden,\nasked about sludge.\",,"
    "* myContacts ::: Water,* Work,sanne.bakker@example.nl ::: s.bakker@example.org,,,Mobile,+31 6 23456789 ::: +31 58 292 2222,"
    "Work Fax,+31 58 292 2299,Work,\"Harlingerstraatweg 113, Leeuwarden\",Netherlands\n"
).encode("utf-8"))

# Google Contacts, legacy header (Google CSV before 2020), UTF-16? No: UTF-8 like the web export.
write("google-legacy.csv", (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,"
    "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,"
    "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title\n"
    "Jukka Mäkinen,Jukka,,Mäkinen,,,,,,,,,,,,,,,,,,,,,,Circular economy cluster,,,* myContacts ::: Finland,"
    "* Work,jukka.makinen@example.fi,Mobile,+358 40 765 4321,Home,09 310 1234,,Helsinki Region Environmental Services,,Director\n"
).encode("utf-8"))

# Outlook: `Title` is the honorific, `Job Title` the role; fax and pager columns.
write("outlook.csv", (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Street","Business City","Business Country/Region","Business Fax","Business Phone","Home Phone",'
    '"Mobile Phone","Pager","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","Notes","Categories"\r\n'
    '"Dr.","Henrik","","Olsen","","Aarhus Vand","","Head of wastewater",'
    '"Bautavej 1","Aarhus","Denmark","+45 89 47 11 99","+45 89 47 10 00","",'
    '"+45 20 12 34 56","","henrik.olsen@example.dk","SMTP","Henrik Olsen (henrik.olsen@example.dk)","","","Water;Partners"\r\n'
).encode("utf-8"))

# Thunderbird address book export.
write("thunderbird.csv", (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,"
    "Fax Number,Pager Number,Mobile Number,Home Address,Home City,Work Country,Job Title,Department,Organization,Notes\n"
    "Ingrid,Berg,Ingrid Berg,,ingrid.berg@example.no,i.berg@example.com,,22 12 34 56,,,,412 34 567,,,Norway,"
    "Senior engineer,,Oslo kommune Vann- og avløpsetaten,\n"
).encode("utf-8"))

# Another Li Na: same name as the store's, different person (no shared e-mail, phone or UID).
write("same-name.vcf", (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Na\r\nN:Li;Na;;;\r\nORG:Wuhan University\r\n"
    "EMAIL:li.na@example.edu.cn\r\nTEL;TYPE=CELL:+86 139 7100 0001\r\nEND:VCARD\r\n"
).encode("utf-8"))

# Partial rows for --update: name and e-mail only, and one new phone for a known person.
write("partial-update.csv", (
    "Name,Email,Mobile,Title\n"
    "Wang Fang,wang.fang@example.cn,,\n"
    "Erik Sjöberg,erik.sjoberg@example.se,+46 70 455 12 03,Process engineer\n"
    "Li Na,lina.ts@example.cn,+86 135 9999 0000,Deputy director\n"
).encode("utf-8"))

# Hostile values: a UID and names that look like paths, a control character.
write("hostile.vcf", (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//VisitDesk//EN\r\nUID:../../x\r\nFN:../../etc/passwd\r\n"
    "EMAIL:evil@example.com\r\nNOTE:bell\x07 and escape\x1b[31m\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:/tmp/visitdesk-evil\r\nFN:..\r\nEND:VCARD\r\n"
).encode("utf-8"))

# A UTF-8 file with damage: one property with a stray byte, and a line folded inside a character
# (ownCloud does this), which must read as the whole character.
write("damaged.vcf",
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zhou Jie\r\n"
    + "NICKNAME:周".encode("utf-8") + "杰".encode("utf-8")[:1] + b"\r\n " + "杰".encode("utf-8")[1:] + b"\r\n"
    + b"ORG:Bad \xff\xfe bytes\r\nEMAIL:zhou.jie.2@example.cn\r\nEND:VCARD\r\n"
    + b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n"
)
