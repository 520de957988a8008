import VisitDeskDomain

/// Requests waiting for a decision and the ones closed without a visit: the triage pane's content.
/// Received dates spread over the last two months, so several are past the ageing limit.
enum DemoRequests {
    static func open(_ c: DemoCalendar) -> [DemoRecord<Delegation>] {
        [
            DemoRecord(Delegation(
                id: "cangzhou-biogas", title: "Cangzhou Biogas Delegation", titleZh: "沧州市沼气考察团",
                status: .new, origin: "Cangzhou, Hebei", received: c.day(-3), size: 8, interests: ["biogas", "composting"],
                earliest: c.day(60), latest: c.day(90), lead: "zhang-wei", tags: ["hebei-partnership"],
                notes: "Came in through Zhang Wei's WeChat; formal letter to follow.")),
            DemoRecord(Delegation(
                id: "wuxi-water-tech", title: "Wuxi Water Technology Group", titleZh: "无锡水务技术考察团",
                status: .new, origin: "Wuxi, Jiangsu", received: c.day(-12), size: 10, interests: ["waste-water", "drinking-water"],
                earliest: c.day(30), latest: c.day(60), lead: "huang-yong", owner: "lina-berg",
                followUps: [FollowUp(due: c.day(-5), what: "Answer the request")])),
            DemoRecord(Delegation(
                id: "foshan-motorhome-makers", title: "Foshan RV Manufacturers", titleZh: "佛山房车制造企业考察团",
                status: .new, organisation: "Foshan RV Manufacturing Co.", organisationZh: "佛山房车制造有限公司",
                origin: "Foshan, Guangdong", received: c.day(-9), size: 6, interests: ["motorhomes"],
                earliest: c.day(45), latest: c.day(75), lead: "sun-li")),
            DemoRecord(Delegation(
                id: "qingdao-banking", title: "Qingdao Bank Managers", titleZh: "青岛银行管理人员考察团",
                status: .new, origin: "Qingdao, Shandong", received: c.day(-1), size: 15, interests: ["banking"],
                earliest: c.day(100), latest: c.day(130), lead: "zhu-hong")),
            DemoRecord(Delegation(
                id: "guangzhou-rv-show", title: "Motorhome makers to the Guangzhou RV show", titleZh: "瑞典房车企业参加广州房车展",
                status: .new, direction: .outbound, organisation: "Husbil Nord AB", origin: "Guangzhou, Guangdong",
                received: c.day(-5), size: 3, interests: ["motorhomes", "camping"], earliest: c.day(120), latest: c.day(125),
                lead: "xu-ming", owner: "johan-ek", members: ["olof-martensson", "jonas-alund"],
                notes: "Xu Ming offers a shared stand.")),
            DemoRecord(Delegation(
                id: "datong-mine-water", title: "Datong Mine Water Group", titleZh: "大同矿井水处理考察团",
                status: .reviewing, organisation: "Datong Mining Area Restoration Centre", organisationZh: "大同矿区生态修复中心",
                origin: "Datong, Shanxi", received: c.day(-20), size: 7, interests: ["mine-remediation", "water-treatment"],
                earliest: c.day(50), latest: c.day(80), lead: "yang-lei", owner: "lina-berg", members: ["yang-lei"],
                notes: "Emma can host; waiting for the group's list of names.")),
            DemoRecord(Delegation(
                id: "shijiazhuang-sludge", title: "Shijiazhuang Sludge Treatment Group", titleZh: "石家庄污泥处理考察团",
                status: .reviewing, organisation: "Shijiazhuang Water Supply Group", organisationZh: "石家庄供水集团",
                origin: "Shijiazhuang, Hebei", received: c.day(-28), size: 9, interests: ["waste-water", "biogas"],
                earliest: c.day(35), latest: c.day(50), lead: "liu-yang", owner: "lina-berg", tags: ["hebei-partnership"])),
            DemoRecord(Delegation(
                id: "tartu-science-park", title: "Tartu Science Park benchmarking",
                status: .reviewing, organisation: "Tartu Science Park", origin: "Tartu, Estonia", received: c.day(-15),
                size: 4, interests: ["innovation-systems"], lead: "kadri-tamm", owner: "asa-oberg")),
            DemoRecord(Delegation(
                id: "shenzhen-fintech", title: "Shenzhen Fintech and Green Bonds", titleZh: "深圳金融科技与绿色债券考察团",
                status: .reviewing, organisation: "Shenzhen Green Finance Association", organisationZh: "深圳市绿色金融协会",
                origin: "Shenzhen, Guangdong", received: c.day(-35), size: 6, interests: ["banking", "green-finance"],
                earliest: c.day(40), latest: c.day(70), lead: "ma-chao", owner: "asa-oberg")),
            DemoRecord(Delegation(
                id: "biogas-to-jiangsu", title: "Biogas companies to Jiangsu", titleZh: "瑞典沼气企业江苏考察",
                status: .reviewing, direction: .outbound, organisation: "Dalarna Science Park", organisationZh: "达拉纳科学园",
                origin: "Nanjing, Jiangsu", received: c.day(-18), size: 4, interests: ["biogas"],
                earliest: c.day(150), latest: c.day(170), lead: "zhao-min", owner: "johan-ek", members: ["mikael-bjork"])),
            DemoRecord(Delegation(
                id: "nanjing-composting", title: "Nanjing Composting Study Group", titleZh: "南京堆肥考察团",
                status: .onHold, origin: "Nanjing, Jiangsu", received: c.day(-45), size: 8, interests: ["composting"],
                earliest: c.day(20), latest: c.day(45), lead: "zhao-min", owner: "johan-ek",
                reason: "Waiting for their travel approval from the province before booking hosts.")),
            DemoRecord(Delegation(
                id: "guangzhou-solid-waste", title: "Guangzhou Solid Waste Office", titleZh: "广州市固体废物管理办公室代表团",
                status: .onHold, organisation: "Guangzhou Municipal Solid Waste Office", organisationZh: "广州市固体废物管理办公室",
                origin: "Guangzhou, Guangdong", received: c.day(-50), size: 11, interests: ["recycling", "district-heating"],
                lead: "he-ping", owner: "lina-berg",
                reason: "Heating plant closed for rebuilding; they prefer to wait until it reopens.")),
            DemoRecord(Delegation(
                id: "circular-regions-europe", title: "Circular Regions Europe partner meeting",
                status: .onHold, organisation: "Circular Regions Europe", origin: "Utrecht, Netherlands",
                received: c.day(-40), size: 20, interests: ["recycling", "composting"], lead: "sanne-de-vries", owner: "asa-oberg",
                tags: ["funding"], reason: "EU funding decision expected next month.")),
        ]
    }

    static func closed(_ c: DemoCalendar) -> [DemoRecord<Delegation>] {
        [
            DemoRecord(Delegation(
                id: "hebei-mayors-tourism", title: "Hebei Mayors' Tourism Tour", titleZh: "河北省市长旅游考察团",
                status: .declined, origin: "Hebei", received: c.day(-58), size: 25, interests: ["tourism"],
                earliest: c.day(10), latest: c.day(12), lead: "wang-fang", owner: "lina-berg", tags: ["hebei-partnership"],
                reason: "25 people on a sightseeing tour with no technical topic; suggested the spring programme instead.")),
            DemoRecord(Delegation(
                id: "shandong-coal-power", title: "Shandong Coal Power Group", titleZh: "山东煤电集团",
                status: .declined, origin: "Jinan, Shandong", received: c.day(-55), size: 6, interests: ["coal-power"],
                lead: "zhou-jie", owner: "lina-berg", reason: "Coal power is outside the programme's topics.")),
            DemoRecord(Delegation(
                id: "jiangsu-mega-delegation", title: "Jiangsu Provincial Delegation (60 people)", titleZh: "江苏省大型代表团",
                status: .declined, origin: "Nanjing, Jiangsu", received: c.day(-30), size: 60, interests: ["recycling", "waste-water"],
                lead: "zhao-min", owner: "johan-ek", reason: "Too large for our hosts; offered two groups of 15 in autumn.")),
            DemoRecord(Delegation(
                id: "taiyuan-heating", title: "Taiyuan Heating Company", titleZh: "太原热力公司考察团",
                status: .cancelled, origin: "Taiyuan, Shanxi", received: c.day(-57), size: 5, interests: ["district-heating"],
                lead: "hu-jun", owner: "lina-berg", reason: "The group's travel approval was withdrawn.")),
            DemoRecord(Delegation(
                id: "chengdu-fair-trip", title: "Clean-tech fair in Chengdu", titleZh: "成都环保展",
                status: .cancelled, direction: .outbound, organisation: "Dalarna Science Park", origin: "Chengdu, Sichuan",
                received: c.day(-42), size: 5, interests: ["waste-water", "biogas"], lead: "lin-xiao", owner: "johan-ek",
                members: ["eva-lund", "mikael-bjork"], reason: "The organiser postponed the fair to next year.")),
        ]
    }
}
