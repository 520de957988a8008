import VisitDeskDomain

/// The demo's people: fictional, but written the way a coordinator's address book really looks —
/// phones in national and international forms, names and organisations in both scripts, some
/// fields left out because nobody ever filled them in.
enum DemoContacts {
    static let all: [DemoRecord<Contact>] = swedish + chinese + others

    // MARK: Swedish side

    static let swedish: [DemoRecord<Contact>] = [
        DemoRecord(Contact(
            id: "lina-berg", name: "Lina Berg", country: "SE",
            organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
            role: "Programme coordinator, technical visits",
            phones: ["072-039 01 71"], emails: ["lina.berg@example.se"], wechat: "lina_dalarna",
            languages: ["sv", "en", "zh"], tags: ["coordinator"],
            notes: "Owner of most groups. Reads Chinese, prefers English in writing."),
            comment: "Our side: the programme office"),
        DemoRecord(Contact(
            id: "asa-oberg", name: "Åsa Öberg", country: "SE",
            organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
            role: "Head of international relations",
            phones: ["+46 72 039 01 72", "023-77 85 00"], emails: ["asa.oberg@example.se"],
            languages: ["sv", "en"], topics: ["innovation-systems"], tags: ["coordinator", "management"])),
        DemoRecord(Contact(
            id: "johan-ek", name: "Johan Ek", country: "SE",
            organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
            role: "Business developer, clean-tech",
            phones: ["070-312 44 90"], emails: ["johan.ek@example.se"],
            languages: ["sv", "en"], tags: ["coordinator"])),
        DemoRecord(Contact(
            id: "erik-sjoberg", name: "Erik Sjöberg", country: "SE",
            organisation: "Dalälven Vatten AB", organisationZh: "达拉河水务公司",
            role: "Process engineer, Fagersta waste-water plant",
            phones: ["023-77 85 10", "070-455 12 03"], emails: ["erik.sjoberg@example.se"],
            languages: ["sv", "en"], topics: ["waste-water", "sludge", "biogas"], tags: ["host"],
            notes: "Runs the waste-water safari. Boots and helmets for max 15 people.")),
        DemoRecord(Contact(
            id: "karin-dahl", name: "Karin Dahl", country: "SE",
            organisation: "Dalälven Vatten AB", organisationZh: "达拉河水务公司",
            role: "Communications",
            phones: ["023-77 85 00"], emails: ["karin.dahl@example.se", "info@example.se"],
            languages: ["sv", "en", "de"], topics: ["waste-water", "drinking-water"], tags: ["host"])),
        DemoRecord(Contact(
            id: "anders-lindqvist", name: "Anders Lindqvist", country: "SE",
            organisation: "Borlänge kommun", organisationZh: "博伦厄市政府",
            role: "Environmental strategist",
            phones: ["0243-740 00", "+46 70 221 33 18"], emails: ["anders.lindqvist@example.se"],
            languages: ["sv", "en"], topics: ["recycling", "district-heating", "urban-planning"], tags: ["host", "municipality"])),
        DemoRecord(Contact(
            id: "maria-nystrom", name: "Maria Nyström", country: "SE",
            organisation: "Falu kommun", organisationZh: "法伦市政府",
            role: "International coordinator",
            phones: ["023-830 00"], emails: ["maria.nystrom@example.se"],
            languages: ["sv", "en", "fr"], topics: ["world-heritage", "urban-planning"], tags: ["host", "municipality"])),
        DemoRecord(Contact(
            id: "per-hallstrom", name: "Per Hällström", country: "SE",
            organisation: "Ludvika kommun", organisationZh: "卢德维卡市政府",
            role: "Business liaison",
            phones: ["0240-860 00", "073-990 41 27"], emails: ["per.hallstrom@example.se"],
            languages: ["sv", "en"], topics: ["power-grid", "industry"], tags: ["host", "municipality"])),
        DemoRecord(Contact(
            id: "sofia-akesson", name: "Sofia Åkesson", country: "SE",
            organisation: "Länsstyrelsen Dalarna", organisationZh: "达拉纳省政府",
            role: "Senior advisor, contaminated land",
            phones: ["010-225 00 00"], emails: ["sofia.akesson@example.se"],
            languages: ["sv", "en"], topics: ["mine-remediation", "environmental-permits"], tags: ["host", "authority"])),
        DemoRecord(Contact(
            id: "lars-wikstrom", name: "Lars Wikström", country: "SE",
            organisation: "Fäboda Kompost AB", organisationZh: "法博达堆肥厂",
            role: "Plant manager",
            phones: ["0246-100 20", "070-618 77 02"], emails: ["lars@example.se"],
            languages: ["sv"], topics: ["composting", "biogas", "recycling"], tags: ["host"],
            notes: "Speaks Swedish only: book the interpreter. Smell on site in summer, warn the group.")),
        DemoRecord(Contact(
            id: "emma-soderberg", name: "Emma Söderberg", country: "SE",
            organisation: "Kopparberg Mine Remediation Project", organisationZh: "科帕贝里矿区修复项目",
            role: "Project leader",
            phones: ["+46 (0)23 77 85 40"], emails: ["emma.soderberg@example.se"],
            languages: ["sv", "en"], topics: ["mine-remediation", "water-treatment"], tags: ["host"])),
        DemoRecord(Contact(
            id: "olof-martensson", name: "Olof Mårtensson", country: "SE",
            organisation: "Husbil Nord AB", organisationZh: "北方房车公司",
            role: "Export manager",
            phones: ["0247-455 60", "+46 76 100 23 45"], emails: ["olof.martensson@example.com"],
            wechat: "olof_husbil", languages: ["sv", "en", "de"], topics: ["motorhomes", "manufacturing"],
            tags: ["host", "exporter"])),
        DemoRecord(Contact(
            id: "ingrid-falk", name: "Ingrid Falk", country: "SE",
            organisation: "Siljan Camping & Stugor", organisationZh: "锡利扬露营度假村",
            role: "Owner",
            phones: ["0250-123 45"], emails: ["ingrid@example.se"],
            languages: ["sv", "en"], topics: ["camping", "tourism"], tags: ["host"],
            notes: "Open May–September; in winter she hosts in the restaurant building.")),
        DemoRecord(Contact(
            id: "nils-gron", name: "Nils Grön", country: "SE",
            organisation: "Dalabygdens Sparbank", organisationZh: "达拉乡村储蓄银行",
            role: "Head of corporate banking",
            phones: ["0243-666 00"], emails: ["nils.gron@example.se"],
            languages: ["sv", "en"], topics: ["banking", "green-finance"], tags: ["host"])),
        DemoRecord(Contact(
            id: "helena-strom", name: "Helena Ström", country: "SE",
            organisation: "Dalkraft Fjärrvärme AB", organisationZh: "达拉热力公司",
            role: "Operations manager",
            phones: ["023-70 41 00", "070-377 80 11"], emails: ["helena.strom@example.se"],
            languages: ["sv", "en"], topics: ["district-heating", "waste-to-energy"], tags: ["host"])),
        DemoRecord(Contact(
            id: "mikael-bjork", name: "Mikael Björk", country: "SE",
            organisation: "Biogas Dalarna AB", organisationZh: "达拉纳沼气公司",
            role: "CEO",
            phones: ["+46 70 544 19 88"], emails: ["mikael.bjork@example.com"],
            languages: ["sv", "en"], topics: ["biogas", "composting"], tags: ["host", "exporter"])),
        DemoRecord(Contact(
            id: "eva-lund", name: "Eva Lund", country: "SE",
            organisation: "Dalälven Vatten AB", organisationZh: "达拉河水务公司",
            role: "Sales director",
            phones: ["070-201 55 66"], emails: ["eva.lund@example.se"],
            languages: ["sv", "en"], topics: ["waste-water"], tags: ["exporter"])),
        DemoRecord(Contact(
            id: "jonas-alund", name: "Jonas Ålund", country: "SE",
            organisation: "Husbil Nord AB", organisationZh: "北方房车公司",
            role: "Engineer",
            phones: ["076-100 23 46"], emails: ["jonas.alund@example.com"],
            languages: ["sv", "en"], topics: ["motorhomes"], tags: ["exporter"])),
        DemoRecord(Contact(
            id: "chen-mei", name: "Chen Mei", nameZh: "陈梅", country: "SE",
            organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
            role: "Interpreter (Mandarin–Swedish)",
            phones: ["073-555 08 08"], emails: ["chen.mei@example.se"], wechat: "chenmei_se",
            languages: ["zh", "sv", "en"], tags: ["interpreter"],
            notes: "Freelance, books two weeks ahead. Swedish side, Chinese name."),
            comment: "Interpreter: lives in Falun, works for both sides"),
    ]

    // MARK: Chinese side

    static let chinese: [DemoRecord<Contact>] = [
        DemoRecord(Contact(
            id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN",
            organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅",
            role: "Deputy director",
            phones: ["+86 138 0013 8000", "0311-8765 4321"], emails: ["wang.fang@example.cn"],
            wechat: "wangfang_hb", languages: ["zh", "en"], tags: ["delegation-lead", "hebei-partnership"]),
            comment: "Chinese side: Hebei"),
        DemoRecord(Contact(
            id: "zhang-wei", name: "Zhang Wei", nameZh: "张伟", country: "CN",
            organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅",
            role: "Section chief, foreign investment",
            phones: ["+86 139 3110 2288"], emails: ["zhangwei@example.cn"], wechat: "zw_hebei",
            languages: ["zh"], tags: ["delegation-lead", "hebei-partnership"])),
        DemoRecord(Contact(
            id: "liu-yang", name: "Liu Yang", nameZh: "刘洋", country: "CN",
            organisation: "Shijiazhuang Water Supply Group", organisationZh: "石家庄供水集团",
            role: "Chief engineer",
            phones: ["0311-8602 1133"], emails: ["liu.yang@example.cn"],
            languages: ["zh", "en"], topics: ["waste-water"], tags: ["hebei-partnership"])),
        DemoRecord(Contact(
            id: "li-na", name: "Li Na", nameZh: "李娜", country: "CN",
            organisation: "Tangshan Development and Reform Commission", organisationZh: "唐山市发展和改革委员会",
            role: "Director",
            phones: ["+86 135 3305 7721"], emails: ["lina.ts@example.cn"], wechat: "lina_tangshan",
            languages: ["zh"], tags: ["delegation-lead", "hebei-partnership"])),
        DemoRecord(Contact(
            id: "chen-jing", name: "Chen Jing", nameZh: "陈静", country: "CN",
            organisation: "Shanxi Department of Ecology and Environment", organisationZh: "山西省生态环境厅",
            role: "Deputy division head, soil pollution",
            phones: ["0351-4040 128", "+86 186 3510 4477"], emails: ["chenjing@example.cn"],
            languages: ["zh", "en"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "yang-lei", name: "Yang Lei", nameZh: "杨磊", country: "CN",
            organisation: "Datong Mining Area Restoration Centre", organisationZh: "大同矿区生态修复中心",
            role: "Engineer",
            phones: ["+86 152 3521 0909"], wechat: "yanglei_dt",
            languages: ["zh"], topics: ["mine-remediation"])),
        DemoRecord(Contact(
            id: "zhao-min", name: "Zhao Min", nameZh: "赵敏", country: "CN",
            organisation: "Jiangsu Environmental Protection Industry Association", organisationZh: "江苏省环保产业协会",
            role: "Secretary general",
            phones: ["025-8328 7766", "+86 139 5188 2020"], emails: ["zhaomin@example.cn"], wechat: "zhaomin_js",
            languages: ["zh", "en"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "huang-yong", name: "Huang Yong", nameZh: "黄勇", country: "CN",
            organisation: "Suzhou Industrial Park Administrative Committee", organisationZh: "苏州工业园区管委会",
            role: "Investment promotion officer",
            phones: ["0512-6668 1888"], emails: ["huang.yong@example.cn"],
            languages: ["zh", "en"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "zhou-jie", name: "Zhou Jie", nameZh: "周杰", country: "CN",
            organisation: "Shandong Water Group", organisationZh: "山东水务集团",
            role: "Vice president",
            phones: ["+86 137 0531 6600"], emails: ["zhoujie@example.cn"], wechat: "zhoujie_sd",
            languages: ["zh"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "wu-xia", name: "Wu Xia", nameZh: "吴霞", country: "CN",
            organisation: "Shandong Water Group", organisationZh: "山东水务集团",
            role: "Interpreter and assistant",
            phones: ["+86 137 0531 6601"], emails: ["wuxia@example.cn"],
            languages: ["zh", "en", "sv"])),
        DemoRecord(Contact(
            id: "xu-ming", name: "Xu Ming", nameZh: "徐明", country: "CN",
            organisation: "Guangdong Camping and RV Association", organisationZh: "广东省房车露营协会",
            role: "Chairman",
            phones: ["020-3888 1234", "+86 133 6000 8899"], emails: ["xuming@example.cn"], wechat: "xuming_rv",
            languages: ["zh", "en"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "sun-li", name: "Sun Li", nameZh: "孙丽", country: "CN",
            organisation: "Foshan RV Manufacturing Co.", organisationZh: "佛山房车制造有限公司",
            role: "Purchasing manager",
            phones: ["0757-8222 3344"], emails: ["sunli@example.cn"],
            languages: ["zh"], topics: ["motorhomes"])),
        DemoRecord(Contact(
            id: "ma-chao", name: "Ma Chao", nameZh: "马超", country: "CN",
            organisation: "Shenzhen Green Finance Association", organisationZh: "深圳市绿色金融协会",
            role: "Programme manager",
            phones: ["+86 158 1999 2468"], emails: ["machao@example.cn"], wechat: "machao_gf",
            languages: ["zh", "en"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "zhu-hong", name: "Zhu Hong", nameZh: "朱红", country: "CN",
            organisation: "Qingdao Municipal Bureau of Commerce", organisationZh: "青岛市商务局",
            role: "Director, Europe desk",
            phones: ["0532-8591 2200"], emails: ["zhuhong@example.cn"],
            languages: ["zh", "en"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "hu-jun", name: "Hu Jun", nameZh: "胡军", country: "CN",
            organisation: "Taiyuan Iron and Steel Environmental Company", organisationZh: "太原钢铁环保公司",
            role: "General manager",
            phones: ["+86 139 0351 7788"], emails: ["hujun@example.cn"],
            languages: ["zh"], tags: ["delegation-lead"])),
        DemoRecord(Contact(
            id: "guo-qiang", name: "Guo Qiang", nameZh: "郭强", country: "CN",
            organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅",
            role: "Driver and logistics",
            phones: ["+86 131 3111 0001"], languages: ["zh"], tags: ["hebei-partnership"])),
        DemoRecord(Contact(
            id: "lin-xiao", name: "Lin Xiao", nameZh: "林晓", country: "CN",
            organisation: "Shanghai Sino-Nordic Business Centre", organisationZh: "上海中北欧商务中心",
            role: "Trip organiser for Nordic companies",
            phones: ["+86 21 6288 0101", "+86 186 2100 3344"], emails: ["linxiao@example.cn"], wechat: "linxiao_sh",
            languages: ["zh", "en"], tags: ["outbound-partner"],
            notes: "Books factories and ministries for our outbound trips.")),
        DemoRecord(Contact(
            id: "he-ping", name: "He Ping", nameZh: "何平", country: "CN",
            organisation: "Guangzhou Municipal Solid Waste Office", organisationZh: "广州市固体废物管理办公室",
            role: "Deputy director",
            phones: ["020-8312 4567"], emails: ["heping@example.cn"],
            languages: ["zh"], topics: ["recycling", "composting"], tags: ["outbound-partner"])),
    ]

    // MARK: Others

    static let others: [DemoRecord<Contact>] = [
        DemoRecord(Contact(
            id: "mikko-virtanen", name: "Mikko Virtanen", country: "FI",
            organisation: "Nordic Clean Water Network", role: "Network coordinator",
            phones: ["+358 40 123 4567"], emails: ["mikko.virtanen@example.fi"],
            languages: ["fi", "sv", "en"], topics: ["waste-water"], tags: ["network"])),
        DemoRecord(Contact(
            id: "sanne-de-vries", name: "Sanne de Vries", country: "NL",
            organisation: "Circular Regions Europe", role: "Project officer",
            phones: ["+31 6 1234 5678"], emails: ["sanne@example.nl"],
            languages: ["nl", "en"], tags: ["network", "funding"])),
        DemoRecord(Contact(
            id: "kadri-tamm", name: "Kadri Tamm", country: "EE",
            organisation: "Tartu Science Park", role: "International projects",
            phones: ["+372 5123 4567"], emails: ["kadri.tamm@example.ee"],
            languages: ["et", "en"], tags: ["network"])),
        DemoRecord(Contact(
            id: "liang-hui", name: "Liang Hui", nameZh: "梁辉",
            organisation: "Chinese Embassy in Sweden, Economic Section", organisationZh: "中国驻瑞典使馆经商处",
            role: "Second secretary",
            phones: ["08-579 364 00"], emails: ["lianghui@example.cn"],
            languages: ["zh", "sv", "en"], tags: ["embassy"],
            notes: "No country written: the program takes the Chinese name as the Chinese side.")),
    ]
}
