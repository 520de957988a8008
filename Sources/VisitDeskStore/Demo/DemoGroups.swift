import VisitDeskDomain

/// Confirmed and visited delegations: the calendar's content.
///
/// Two clashes are deliberate so the conflict view has something to show: Erik Sjöberg hosts
/// the Hebei and the Jiangsu groups at overlapping times, and Lars Wikström the Qingdao and the
/// Tangshan groups. The Guangdong group has a Saturday at the camping site.
enum DemoGroups {
    static let sciencePark = "Dalarna Science Park, Borlänge"
    static let wasteWaterPlant = "Fagersta waste-water plant, Borlänge"
    static let compostPlant = "Fäboda composting plant, Gagnef"

    static func confirmed(_ c: DemoCalendar) -> [DemoRecord<Delegation>] {
        [
            DemoRecord(Delegation(
                id: "hebei-commerce-waste-water", title: "Hebei Bureau of Commerce Group", titleZh: "河北省商务厅代表团",
                status: .confirmed, organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅",
                origin: "Shijiazhuang, Hebei", received: c.day(-80), size: 14, interests: ["waste-water", "recycling", "district-heating"],
                earliest: c.day(7), latest: c.day(30), lead: "wang-fang", owner: "lina-berg",
                members: ["wang-fang", "zhang-wei", "liu-yang", "guo-qiang"], tags: ["hebei-partnership"],
                notes: "Interested in sludge handling.\nInterpreter needed all days (Chen Mei booked).\n",
                slots: [
                    c.slot(14, (9, 0), (10, 30), place: sciencePark, host: "asa-oberg", topic: "Welcome and overview of the region"),
                    c.slot(14, (10, 30), (12, 30), place: wasteWaterPlant, host: "erik-sjoberg", topic: "Waste-water safari"),
                    c.slot(14, later: 1, (9, 30), (12, 0), place: "Dalkraft heating plant, Falun", host: "helena-strom", topic: "District heating from waste"),
                    c.slot(14, later: 1, (13, 30), (15, 30), place: "Fågelmyra recycling centre, Borlänge", host: "anders-lindqvist", topic: "Municipal recycling"),
                ],
                followUps: [
                    FollowUp(due: c.day(-10), what: "Book interpreter", done: true),
                    FollowUp(due: c.day(5), what: "Send host company profiles"),
                ]),
                comment: "Third group under the Hebei partnership"),
            DemoRecord(Delegation(
                id: "jiangsu-epia-sludge", title: "Jiangsu Environmental Industry Delegation", titleZh: "江苏省环保产业协会考察团",
                status: .confirmed, organisation: "Jiangsu Environmental Protection Industry Association",
                organisationZh: "江苏省环保产业协会", origin: "Nanjing, Jiangsu", received: c.day(-70), size: 9,
                interests: ["waste-water", "biogas", "composting"], earliest: c.day(10), latest: c.day(20),
                lead: "zhao-min", owner: "johan-ek", members: ["zhao-min", "huang-yong"],
                notes: "Asked specifically for the sludge line; same morning as the Hebei group, check with Erik.",
                slots: [
                    c.slot(14, (11, 0), (13, 0), place: wasteWaterPlant, host: "erik-sjoberg", topic: "Sludge treatment line"),
                    c.slot(14, (14, 0), (16, 0), place: "Biogas Dalarna, Borlänge", host: "mikael-bjork", topic: "Biogas from sludge"),
                    c.slot(14, later: 2, (9, 0), (11, 30), place: compostPlant, host: "lars-wikstrom", topic: "Composting of food waste"),
                ])),
            DemoRecord(Delegation(
                id: "shanxi-mine-remediation", title: "Shanxi Mine Remediation Study Group", titleZh: "山西省矿山生态修复考察团",
                status: .confirmed, organisation: "Shanxi Department of Ecology and Environment",
                organisationZh: "山西省生态环境厅", origin: "Taiyuan, Shanxi", received: c.day(-60), size: 11,
                interests: ["mine-remediation", "water-treatment"], earliest: c.day(25), latest: c.day(40),
                lead: "chen-jing", owner: "lina-berg", members: ["chen-jing", "yang-lei", "hu-jun"],
                slots: [
                    c.slot(30, (9, 0), (12, 0), place: "Kopparberg mine area, Falun", host: "emma-soderberg", topic: "Acid mine drainage and covers"),
                    c.slot(30, (13, 30), (16, 0), place: "Länsstyrelsen Dalarna, Falun", host: "sofia-akesson", topic: "Permits and supervision of contaminated land"),
                    c.slot(30, later: 1, (10, 0), (12, 0), place: "Falu Gruva, Falun", host: "maria-nystrom", topic: "World heritage mine and tourism after mining"),
                ],
                followUps: [FollowUp(due: c.day(20), what: "Send safety rules for the mine visit")])),
            DemoRecord(Delegation(
                id: "guangdong-rv-camping", title: "Guangdong Camping and RV Association", titleZh: "广东省房车露营协会考察团",
                status: .confirmed, organisation: "Guangdong Camping and RV Association", organisationZh: "广东省房车露营协会",
                origin: "Guangzhou, Guangdong", received: c.day(-50), size: 8, interests: ["motorhomes", "camping"],
                earliest: c.day(40), latest: c.day(55), lead: "xu-ming", owner: "johan-ek", members: ["xu-ming", "sun-li"],
                tags: ["export-lead"],
                notes: "Want to sleep one night in motorhomes at the camping site.",
                slots: [
                    c.slot(45, (9, 0), (12, 0), place: "Husbil Nord factory, Ludvika", host: "olof-martensson", topic: "Motorhome production line"),
                    c.slot(45, later: 1, (10, 0), (15, 0), place: "Siljan Camping, Rättvik", host: "ingrid-falk", topic: "Running a camping site in four seasons"),
                    Slot(start: c.at(c.saturday(from: 47), 10), end: c.at(c.saturday(from: 47), 15), place: "Siljan Camping, Rättvik",
                         host: "ingrid-falk", topic: "Weekend: a day as camping guests"),
                ]),
                comment: "Saturday programme agreed with Ingrid by phone"),
            DemoRecord(Delegation(
                id: "shandong-water-group", title: "Shandong Water Group", titleZh: "山东水务集团代表团",
                status: .confirmed, organisation: "Shandong Water Group", organisationZh: "山东水务集团",
                origin: "Jinan, Shandong", received: c.day(-45), size: 6, interests: ["waste-water", "drinking-water"],
                earliest: c.day(55), latest: c.day(65), lead: "zhou-jie", owner: "lina-berg", members: ["zhou-jie", "wu-xia"],
                slots: [
                    c.slot(60, (9, 0), (12, 0), place: wasteWaterPlant, host: "erik-sjoberg", topic: "Waste-water safari"),
                    c.slot(60, (13, 0), (15, 0), place: "Dalälven Vatten, Borlänge", host: "karin-dahl", topic: "Drinking water from the river"),
                    c.slot(60, later: 1, (9, 30), (11, 30), place: sciencePark, host: "eva-lund", topic: "Meeting Swedish water-tech companies"),
                ])),
            DemoRecord(Delegation(
                id: "shenzhen-green-finance", title: "Shenzhen Green Finance Delegation", titleZh: "深圳市绿色金融协会代表团",
                status: .confirmed, organisation: "Shenzhen Green Finance Association", organisationZh: "深圳市绿色金融协会",
                origin: "Shenzhen, Guangdong", received: c.day(-40), size: 5, interests: ["banking", "green-finance"],
                earliest: c.day(70), latest: c.day(80), lead: "ma-chao", owner: "asa-oberg", members: ["ma-chao"],
                slots: [
                    c.slot(75, (10, 0), (12, 0), place: "Dalabygdens Sparbank, Borlänge", host: "nils-gron", topic: "Local savings banks and green loans"),
                    c.slot(75, (13, 0), (15, 0), place: sciencePark, host: "asa-oberg", topic: "Financing clean-tech start-ups"),
                ])),
            DemoRecord(Delegation(
                id: "qingdao-circular-economy", title: "Qingdao Circular Economy Group", titleZh: "青岛市循环经济考察团",
                status: .confirmed, organisation: "Qingdao Municipal Bureau of Commerce", organisationZh: "青岛市商务局",
                origin: "Qingdao, Shandong", received: c.day(-35), size: 12, interests: ["composting", "recycling"],
                earliest: c.day(85), latest: c.day(95), lead: "zhu-hong", owner: "johan-ek", members: ["zhu-hong"],
                slots: [
                    c.slot(90, (9, 0), (11, 30), place: compostPlant, host: "lars-wikstrom", topic: "Composting plant tour"),
                    c.slot(90, (13, 0), (15, 0), place: "Fågelmyra recycling centre, Borlänge", host: "anders-lindqvist", topic: "Sorting at source"),
                ])),
            DemoRecord(Delegation(
                id: "tangshan-district-heating", title: "Tangshan Development and Reform Commission", titleZh: "唐山市发改委代表团",
                status: .confirmed, organisation: "Tangshan Development and Reform Commission",
                organisationZh: "唐山市发展和改革委员会", origin: "Tangshan, Hebei", received: c.day(-30), size: 10,
                interests: ["district-heating", "composting"], earliest: c.day(85), latest: c.day(100),
                lead: "li-na", owner: "lina-berg", members: ["li-na"], tags: ["hebei-partnership"],
                notes: "Overlaps the Qingdao group at the composting plant: ask Lars if he can split the group.",
                slots: [
                    c.slot(90, (10, 30), (12, 0), place: compostPlant, host: "lars-wikstrom", topic: "Garden waste composting"),
                    c.slot(90, later: 1, (9, 0), (12, 0), place: "Dalkraft heating plant, Falun", host: "helena-strom", topic: "District heating network"),
                ])),
            DemoRecord(Delegation(
                id: "shanghai-suzhou-trip", title: "Clean-tech companies to Shanghai and Suzhou", titleZh: "瑞典清洁技术企业上海苏州考察",
                status: .confirmed, direction: .outbound, organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
                origin: "Shanghai and Suzhou", received: c.day(-90), size: 6, interests: ["waste-water", "motorhomes", "biogas"],
                earliest: c.day(100), latest: c.day(115), lead: "lin-xiao", owner: "johan-ek",
                members: ["johan-ek", "eva-lund", "olof-martensson", "jonas-alund", "mikael-bjork"], tags: ["export-programme"],
                notes: "Flights booked by each company. Visa letters from Lin Xiao.",
                slots: [
                    Slot(start: c.at(c.workday(105), 9), end: c.at(c.workday(105).adding(days: 2), 17),
                         place: "Suzhou Industrial Park", host: "huang-yong", topic: "Matchmaking days with Suzhou companies"),
                    c.slot(110, (9, 0), (17, 0), place: "Shanghai Sino-Nordic Business Centre", host: "lin-xiao", topic: "Seminar: Nordic clean-tech"),
                ]),
                comment: "Outbound: our companies travel, Lin Xiao organises on site"),
        ]
    }

    static func visited(_ c: DemoCalendar) -> [DemoRecord<Delegation>] {
        [
            DemoRecord(Delegation(
                id: "tangshan-recycling-spring", title: "Tangshan Recycling Study Group", titleZh: "唐山市再生资源考察团",
                status: .visited, organisation: "Tangshan Development and Reform Commission",
                organisationZh: "唐山市发展和改革委员会", origin: "Tangshan, Hebei", received: c.day(-120), size: 7,
                interests: ["recycling"], earliest: c.day(-50), latest: c.day(-30), lead: "li-na", owner: "lina-berg",
                members: ["li-na", "guo-qiang"], tags: ["hebei-partnership"],
                outcome: "Letter of intent on a recycling pilot in Tangshan; Borlänge invited to visit.",
                slots: [
                    c.slot(-40, (9, 0), (12, 0), place: "Fågelmyra recycling centre, Borlänge", host: "anders-lindqvist", topic: "Recycling centre tour"),
                    c.slot(-40, (13, 0), (14, 30), place: sciencePark, host: "asa-oberg", topic: "Partnership meeting"),
                ],
                followUps: [FollowUp(due: c.day(-30), what: "Send photos and summary", done: true)])),
            DemoRecord(Delegation(
                id: "suzhou-park-benchmark", title: "Suzhou Industrial Park Benchmarking", titleZh: "苏州工业园区对标考察",
                status: .visited, organisation: "Suzhou Industrial Park Administrative Committee",
                organisationZh: "苏州工业园区管委会", origin: "Suzhou, Jiangsu", received: c.day(-150), size: 5,
                interests: ["innovation-systems"], lead: "huang-yong", owner: "asa-oberg", members: ["huang-yong"],
                outcome: "Exchange of start-ups agreed for next year.",
                slots: [c.slot(-75, (10, 0), (15, 0), place: sciencePark, host: "asa-oberg", topic: "How a science park works")],
                followUps: [FollowUp(due: c.day(-10), what: "Follow up on the start-up exchange")])),
            DemoRecord(Delegation(
                id: "taiyuan-steel-slag", title: "Taiyuan Iron and Steel Environmental Company", titleZh: "太钢环保公司考察团",
                status: .visited, organisation: "Taiyuan Iron and Steel Environmental Company", organisationZh: "太原钢铁环保公司",
                origin: "Taiyuan, Shanxi", received: c.day(-160), size: 4, interests: ["mine-remediation", "recycling"],
                lead: "hu-jun", owner: "lina-berg", members: ["hu-jun", "yang-lei"],
                outcome: "No business; good contact for the Shanxi remediation group.",
                slots: [
                    c.slot(-100, (9, 0), (12, 0), place: "Kopparberg mine area, Falun", host: "emma-soderberg", topic: "Slag and tailings"),
                    c.slot(-100, later: 1, (9, 0), (11, 0), place: "Ludvika industrial area", host: "per-hallstrom", topic: "Industry in Ludvika"),
                ])),
            DemoRecord(Delegation(
                id: "guangzhou-waste-trip", title: "Waste management trip to Guangzhou", titleZh: "广州固废管理考察",
                status: .visited, direction: .outbound, organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
                origin: "Guangzhou, Guangdong", received: c.day(-140), size: 4, interests: ["recycling", "composting"],
                lead: "he-ping", owner: "johan-ek", members: ["johan-ek", "lars-wikstrom", "mikael-bjork"],
                outcome: "Biogas Dalarna in talks with two districts; composting plant visit to return.",
                slots: [
                    Slot(start: c.at(c.workday(-60), 9), end: c.at(c.workday(-60).adding(days: 1), 17),
                         place: "Guangzhou", host: "he-ping", topic: "Waste sorting and treatment plants"),
                ]),
                comment: "Outbound trip, spring"),
            DemoRecord(Delegation(
                id: "shandong-water-first", title: "Shandong Water Group (first visit)", titleZh: "山东水务集团（第一批）",
                status: .visited, organisation: "Shandong Water Group", organisationZh: "山东水务集团",
                origin: "Jinan, Shandong", received: c.day(-200), size: 3, interests: ["waste-water"],
                lead: "zhou-jie", owner: "lina-berg", members: ["zhou-jie", "wu-xia"],
                outcome: "They come back with a larger group (see shandong-water-group).",
                slots: [c.slot(-130, (9, 0), (12, 0), place: wasteWaterPlant, host: "erik-sjoberg", topic: "Waste-water safari")])),
            DemoRecord(Delegation(
                id: "nordic-water-network", title: "Nordic Clean Water Network study visit",
                status: .visited, organisation: "Nordic Clean Water Network", origin: "Helsinki, Finland",
                received: c.day(-60), size: 12, interests: ["waste-water"], lead: "mikko-virtanen", owner: "johan-ek",
                members: ["mikko-virtanen"], tags: ["network"],
                outcome: "Joint application to an EU water programme discussed.",
                slots: [c.slot(-20, (10, 0), (14, 0), place: wasteWaterPlant, host: "karin-dahl", topic: "Plant tour and lunch")])),
        ]
    }
}
