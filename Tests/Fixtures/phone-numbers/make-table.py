#!/usr/bin/env python3
"""Writes phone-numbers.tsv: numbers as people write them, the contact's country, and the E.164
form Python's `phonenumbers` (Google's libphonenumber metadata) gives, or `-` when it calls the
number invalid. Generated once and committed; DomainTests compare VisitDesk's reading with it.

Every mainland Chinese area code libphonenumber knows (2 and 3 digits after the trunk 0, with
the 7- or 8-digit local numbers each uses), Chinese mobiles, Swedish, Norwegian, Danish,
Finnish, Icelandic and Dutch numbers, and numbers of impossible lengths."""
import os
import phonenumbers

here = os.path.dirname(os.path.abspath(__file__))

def e164(text, region):
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return "-"
    if not phonenumbers.is_valid_number(number):
        return "-"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

rows = []
def add(region, text):
    rows.append((region, text, e164(text, region)))

# Chinese landlines: every 2- and 3-digit area code with a valid local number, in rotating styles.
first_digits = "23456781"
styles = [
    lambda area, local: f"0{area}-{local}",
    lambda area, local: f"+86 {area} {local[:-4]} {local[-4:]}",
    lambda area, local: f"(0{area}) {local}",
    lambda area, local: f"0{area} {local[:-4]} {local[-4:]}",
]
count = 0
for area in [10, 20, 21, 22, 23, 24, 25, 27, 28, 29] + list(range(300, 1000)):
    for length in (8, 7):
        local = first_digits[count % len(first_digits)] + "2345678"[: length - 1]
        if e164(f"0{area}{local}", "CN") != "-":
            add("CN", styles[count % len(styles)](area, local))
            count += 1
            break

# Chinese mobiles, written with and without +86.
for i, prefix in enumerate(["130", "133", "135", "138", "139", "150", "152", "158", "166", "177", "181", "186", "189", "199"]):
    add("CN", f"{prefix} {1000 + i * 37:04d} {8000 + i:04d}" if i % 2 else f"+86 {prefix}-{1000 + i * 37:04d}-{8000 + i:04d}")

# Impossible lengths and unused prefixes.
for text in ["0311 12345", "0311 123456789", "010 1234567", "026 1234 5678", "0633 0123456", "+86 10 1234", "12345"]:
    add("CN", text)

# Sweden.
for text in ["08-123 456 78", "031-711 22 33", "0243-123 45", "0910-58 21 00", "070-123 45 67", "072-039 01 71",
             "+46 (0)8 123 456 78", "+46 23 77 40 00", "0771-567 567", "08 - 5 09 00 0", "0046 8 123 45678", "073-123 456"]:
    add("SE", text)

# Norway, Denmark, Iceland: no trunk prefix.
for text in ["22 12 34 56", "412 34 567", "912 34 567", "5123 4567", "812 34 567", "+47 22 12 34 56", "0047 412 34 567",
             "1234 5678", "22 12 34 5", "0412 34567"]:
    add("NO", text)
for text in ["32 12 34 56", "20 12 34 56", "89 47 10 00", "+45 89 47 11 99", "33 12 12 12", "12 34 56 78", "3212 345"]:
    add("DK", text)
for text in ["412 3456", "512 3456", "612 3456", "+354 551 2345", "123 4567", "412 34567"]:
    add("IS", text)

# Finland and the Netherlands: trunk 0.
for text in ["040 123 4567", "09 123 4567", "050 123 4567", "09 12345678", "02 1234567", "0201 234 567",
             "013 123 4567", "045 123 45678", "03 123 4567", "06 123 4567", "+358 40 123 4567", "0123 45"]:
    add("FI", text)
for text in ["06 12345678", "020 123 4567", "058 292 2222", "0591 123 456", "010 123 4567", "085 123 4567",
             "070 123 4567", "+31 6 23456789", "+31 (0)20 123 4567", "0031 58 292 2222", "012 345 6789", "06 1234567"]:
    add("NL", text)

with open(os.path.join(here, "phone-numbers.tsv"), "w", encoding="utf-8") as out:
    out.write("# country\twritten\te164 by phonenumbers " + phonenumbers.__version__ + " (- = invalid)\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
print(len(rows), "rows")
