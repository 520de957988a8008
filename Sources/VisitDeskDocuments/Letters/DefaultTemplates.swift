/// The letters `visitdesk init` puts in `templates/`, and that are written there on demand when
/// one is missing. Compiled in, so a store always starts with letters that work; the coordinator
/// edits the files, never this table. Each starts with `Subject:`; `{{programme}}` is the
/// programme as text in the letter's language, `{{signature}}` the coordinator's closing lines.
public enum DefaultTemplates {
    public static func text(_ kind: LetterKind, _ language: DocumentLanguage) -> String {
        switch (kind, language) {
        case (.confirmation, .en): return """
            Subject: Visit confirmed: {{name}}{{#dates}}, {{dates}}{{/dates}}

            Dear {{lead.name}},

            We are pleased to confirm the visit of {{name}}{{#dates}} on {{dates}}{{/dates}}. The programme follows; every time is given on the Swedish and on the Beijing clock.

            {{programme}}
            Please let us know if anything should change. The programme can be added to a calendar from the attached file {{ics_file}}.

            Kind regards,
            {{signature}}

            """
        case (.confirmation, .sv): return """
            Subject: Besöket är bekräftat: {{name}}{{#dates}}, {{dates}}{{/dates}}

            Hej {{lead.name}},

            Vi bekräftar gärna besöket av {{name}}{{#dates}} {{dates}}{{/dates}}. Programmet följer nedan, med alla tider i svensk tid och Pekingtid.

            {{programme}}
            Hör av dig om något behöver ändras. Programmet kan läggas in i en kalender från den bifogade filen {{ics_file}}.

            Vänliga hälsningar
            {{signature}}

            """
        case (.confirmation, .zh): return """
            Subject: 访问确认：{{name}}{{#dates}}（{{dates}}）{{/dates}}

            尊敬的{{lead.display}}：

            您好！我们很高兴确认{{name}}{{#dates}}于{{dates}}{{/dates}}来访。日程安排如下，所有时间均同时列出瑞典时间和北京时间。

            {{programme}}
            如需调整，请随时与我们联系。附件 {{ics_file}} 可导入日历。

            此致
            敬礼

            {{signature}}

            """
        case (.decline, .en): return """
            Subject: Your visit request: {{name}}

            Dear {{lead.name}},

            Thank you for your interest in visiting us{{#window}} in the period {{window}}{{/window}}. We regret that we are not able to host {{name}} on this occasion. We would be glad to hear from you again for a later visit.

            With best regards,
            {{signature}}

            """
        case (.decline, .sv): return """
            Subject: Er förfrågan om besök: {{name}}

            Hej {{lead.name}},

            Tack för ert intresse av att besöka oss{{#window}} under perioden {{window}}{{/window}}. Tyvärr kan vi inte ta emot {{name}} den här gången. Hör gärna av er igen inför ett senare besök.

            Vänliga hälsningar
            {{signature}}

            """
        case (.decline, .zh): return """
            Subject: 关于访问申请：{{name}}

            尊敬的{{lead.display}}：

            感谢贵方{{#window}}希望于{{window}}期间{{/window}}来访。很遗憾，此次我们无法接待{{name}}。欢迎今后再与我们联系，安排其他时间来访。

            此致
            敬礼

            {{signature}}

            """
        case (.onHold, .en): return """
            Subject: Your visit request: {{name}} (not yet confirmed)

            Dear {{lead.name}},

            Thank you for your request to visit us{{#window}} in the period {{window}}{{/window}}. We are still looking for hosts and cannot yet confirm the visit of {{name}}. We will write again as soon as we know more.

            With best regards,
            {{signature}}

            """
        case (.onHold, .sv): return """
            Subject: Er förfrågan om besök: {{name}} (ännu inte bekräftad)

            Hej {{lead.name}},

            Tack för er förfrågan om att besöka oss{{#window}} under perioden {{window}}{{/window}}. Vi söker fortfarande värdar och kan ännu inte bekräfta besöket av {{name}}. Vi återkommer så snart vi vet mer.

            Vänliga hälsningar
            {{signature}}

            """
        case (.onHold, .zh): return """
            Subject: 关于访问申请：{{name}}（尚待确认）

            尊敬的{{lead.display}}：

            感谢贵方{{#window}}希望于{{window}}期间{{/window}}来访。我们仍在联系接待单位，暂时无法确认{{name}}的访问。一有进展，我们会立即与您联系。

            此致
            敬礼

            {{signature}}

            """
        case (.visitorsList, .en): return """
            Subject: List of visitors for {{name}}

            Dear {{lead.name}},

            To prepare the visit{{#dates}} on {{dates}}{{/dates}}, please send us the list of visitors: for each person the name in Chinese characters and in pinyin, the organisation and the title. Our hosts use it for the reception and for name cards.{{#size}} We have planned for {{size}} people.{{/size}}

            Kind regards,
            {{signature}}

            """
        case (.visitorsList, .sv): return """
            Subject: Deltagarlista för {{name}}

            Hej {{lead.name}},

            Inför besöket{{#dates}} {{dates}}{{/dates}} behöver vi en lista över deltagarna: för varje person namnet med kinesiska tecken och i pinyin, organisation och titel. Värdarna använder den för mottagandet och till namnskyltar.{{#size}} Vi har planerat för {{size}} personer.{{/size}}

            Vänliga hälsningar
            {{signature}}

            """
        case (.visitorsList, .zh): return """
            Subject: 请提供{{name}}人员名单

            尊敬的{{lead.display}}：

            为做好{{#dates}}{{dates}}的{{/dates}}接待准备，请提供来访人员名单，包括每位成员的中文姓名、拼音、单位和职务。接待单位将据此安排接待并制作姓名牌。{{#size}}我们目前按{{size}}人安排。{{/size}}

            此致
            敬礼

            {{signature}}

            """
        case (.thankYou, .en): return """
            Subject: Thank you for your visit: {{name}}

            Dear {{lead.name}},

            Thank you for visiting us{{#dates}} on {{dates}}{{/dates}}. It was a pleasure to welcome {{name}}, and we hope the visit was useful for your work. We look forward to staying in contact.

            With warm regards,
            {{signature}}

            """
        case (.thankYou, .sv): return """
            Subject: Tack för besöket: {{name}}

            Hej {{lead.name}},

            Tack för besöket{{#dates}} {{dates}}{{/dates}}. Det var ett nöje att ta emot {{name}}, och vi hoppas att besöket var till nytta i ert arbete. Vi ser fram emot fortsatt kontakt.

            Varma hälsningar
            {{signature}}

            """
        case (.thankYou, .zh): return """
            Subject: 感谢来访：{{name}}

            尊敬的{{lead.display}}：

            感谢{{name}}{{#dates}}于{{dates}}{{/dates}}来访。很高兴接待各位，希望此次考察对贵方工作有所帮助。期待今后继续保持联系。

            此致
            敬礼

            {{signature}}

            """
        }
    }
}
