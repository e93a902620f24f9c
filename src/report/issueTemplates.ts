/**
 * The parser's issues, each in English, Russian and Kazakh: the templates of the catalogue
 * (issueMessages.ts renders them). Params are strings and numbers only: names and excerpts as the
 * report writes them, counts, line numbers, and the ids of measures and types, which each language
 * names in its own words.
 */
import { template } from "../domain/catalogue";
import { type Lang, measureName, orgTypeName, periodName, plural } from "../domain/lang";
import { elsewhereText, unresolvedText } from "../domain/nameMessages";
import { kazakhNames } from "../domain/territories";

// ---------------------------------------------------------------- Russian wording helpers

const measureRu = (id: string) => measureName(id, "ru");
const typeRu = (id: string) => orgTypeName(id, "ru");
const periodRu = (period: string) => periodName(period, "ru");

/** "«Тревожная кнопка», школы": one list of the report. */
function sectionRu(measure: string, orgType: string): string {
  return `«${measureRu(measure)}», ${typeRu(orgType)}`;
}

/** "её 12 строк не использованы", "её 1 строка не использована". */
function rowsNotUsedRu(rows: string): string {
  const n = Number(rows);
  const one = plural(n, "one", "few", "many") === "one";
  return `${rows} ${plural(n, "строка", "строки", "строк")} не ${one ? "использована" : "использованы"}`;
}

// ---------------------------------------------------------------- Kazakh wording helpers

const measureKk = (id: string) => measureName(id, "kk");
const typeKk = (id: string) => orgTypeName(id, "kk");
const periodKk = (period: string) => periodName(period, "kk");

/** Whether a line range as the parser gives it ("7", "7–9") is one line. */
const oneLine = (lines: string | undefined) => /^\d+$/.test(lines ?? "");

/** A version of the report by its language: "the Russian text", "в русском тексте", "қазақша мәтінде". */
const VERSION_EN: Record<string, string> = { ru: "Russian", kk: "Kazakh" };
const VERSION_RU: Record<string, string> = { ru: "русском", kk: "казахском" };
const VERSION_KK: Record<string, string> = { ru: "орысша", kk: "қазақша" };

/** "«Дабыл түймесі», мектептер": one list of the report. */
function sectionKk(measure: string, orgType: string): string {
  return `«${measureKk(measure)}», ${typeKk(orgType)}`;
}

/** An item's territory that can't be used: not in this list (reported at the other level), or unresolved. */
function territoryIssue(p: Record<string, string | undefined>, lang: Lang): string {
  const name = p.name ?? "";
  if (p.reason === "not-in-list") {
    const why = elsewhereText(
      {
        measure: p.measure ?? "",
        level: p.level ?? "",
        territory: p.territory ?? "",
        cities: p.cities,
        region: p.region,
      },
      lang
    );
    if (lang === "kk") return `«${name}» бұл тізімге кірмейді: ${why}`;
    return lang === "ru"
      ? `«${name}» не входит в этот список: ${why}`
      : `'${name}' is not in this list: ${why}`;
  }
  const reason = p.reason === "ambiguous" || p.reason === "empty" ? p.reason : "unknown";
  return unresolvedText(reason, name, p.candidates ?? "", lang);
}

// ---------------------------------------------------------------- the catalogue

export const ISSUE_TEMPLATES = {
  "empty-report": template({
    needs: [],
    en: () => "The report is empty.",
    ru: () => "Отчёт пуст.",
    kk: () => "Есеп бос: онда мәтін жоқ.",
  }),
  "no-figures": template({
    needs: [],
    en: () => "No territory figures found: this does not look like the ministry's coverage report.",
    ru: () =>
      "Не найдено ни одного показателя по территориям: текст не похож на отчёт министерства об охвате.",
    kk: () =>
      "Аумақтар бойынша бірде-бір көрсеткіш табылмады: мәтін министрліктің қамту туралы есебіне ұқсамайды.",
  }),
  "parser-failure": template({
    needs: ["error"],
    en: (p) => `The parser failed: ${p.error}`,
    ru: (p) => `Сбой при разборе отчёта: ${p.error}`,
    kk: (p) => `Есепті талдау кезінде ақау болды: ${p.error}`,
  }),
  "malformed-item": template({
    needs: ["item"],
    en: (p) => `Cannot read this item as "Territory (covered из total) – N%": '${p.item}'.`,
    ru: (p) => `Не удалось прочитать пункт как «Территория (охвачено из всего) – N%»: «${p.item}».`,
    kk: (p) =>
      `Тармақты «Аумақ (қамтылғаны из барлығы) – N%» түрінде оқу мүмкін болмады: «${p.item}».`,
  }),
  "loose-item": template({
    needs: ["item", "covered", "total", "pct"],
    en: (p) =>
      `'${p.item}' is not written as "Territory (covered из total) – N%"; read as ${p.covered} of ${p.total}, ${p.pct}%.`,
    ru: (p) =>
      `«${p.item}» записан не в виде «Территория (охвачено из всего) – N%»; прочитано как ${p.covered} из ${p.total}, ${p.pct}%.`,
    kk: (p) =>
      `«${p.item}» «Аумақ (қамтылғаны из барлығы) – N%» түрінде жазылмаған; ${p.total} ішінен ${p.covered}, ${p.pct}% деп оқылды.`,
  }),
  "second-period": template({
    needs: ["period", "used", "line"],
    en: (p) => `The report names a second period ${p.period}; using ${p.used} (line ${p.line}).`,
    ru: (p) =>
      `В отчёте указан второй период — ${periodRu(p.period)}; используется ${periodRu(p.used)} (строка ${p.line}).`,
    kk: (p) =>
      `Есепте екінші кезең көрсетілген — ${periodKk(p.period)}; ${periodKk(p.used)} қолданылады (${p.line}-жол).`,
  }),
  "section-without-measure": template({
    needs: [],
    en: () => "A list of territories comes before any measure is named.",
    ru: () => "Список территорий идёт раньше, чем названа какая-либо мера.",
    kk: () => "Аумақтар тізімі ешбір шара аталмай тұрып берілген.",
  }),
  "repeated-section": template({
    needs: ["measure", "orgType", "line"],
    en: (p) =>
      `A second list for ${p.measure} / ${p.orgType} (the first is at line ${p.line}); its items are read as part of the same section.`,
    ru: (p) =>
      `Второй список для ${sectionRu(p.measure, p.orgType)} (первый — в строке ${p.line}); его пункты прочитаны как часть того же раздела.`,
    kk: (p) =>
      `${sectionKk(p.measure, p.orgType)} үшін екінші тізім (біріншісі — ${p.line}-жолда); оның тармақтары сол бөлімнің бөлігі ретінде оқылды.`,
  }),
  "unreadable-number": template({
    /** scope: "item" (an item's count: the item is lost) or "figure" (a headline's: only it is). */
    needs: ["text", "scope"],
    en: (p) =>
      `'${p.text}' is not a count (counts are written 4 123 or 4123); ${p.scope === "item" ? "this item is not used" : "this figure is not used, the others are"}.`,
    ru: (p) =>
      `«${p.text}» — не количество (количества пишутся как 4 123 или 4123); ${p.scope === "item" ? "этот пункт не использован" : "эта цифра не использована, остальные использованы"}.`,
    kk: (p) =>
      `«${p.text}» сан ретінде оқылмайды (сандар 4 123 немесе 4123 түрінде жазылады); ${p.scope === "item" ? "бұл тармақ пайдаланылмады" : "бұл сан пайдаланылмады, қалғандары пайдаланылды"}.`,
  }),
  "thousands-separator": template({
    needs: ["text", "separator", "value"],
    en: (p) => `'${p.text}' has '${p.separator}' between thousands; read as ${p.value}.`,
    ru: (p) => `В «${p.text}» тысячи отделены знаком «${p.separator}»; прочитано как ${p.value}.`,
    kk: (p) =>
      `«${p.text}» ішінде мыңдықтар «${p.separator}» белгісімен бөлінген; ${p.value} деп оқылды.`,
  }),
  "thousands-spacing": template({
    needs: ["text", "value"],
    en: (p) =>
      `'${p.text}' has more than one space (or a tab) between thousands; read as ${p.value}.`,
    ru: (p) =>
      `В «${p.text}» между разрядами больше одного пробела (или табуляция); прочитано как ${p.value}.`,
    kk: (p) =>
      `«${p.text}» ішінде мыңдықтар арасында бірден артық бос орын (немесе табуляция) бар; ${p.value} деп оқылды.`,
  }),
  "item-without-measure": template({
    needs: ["item"],
    en: (p) => `An item before any measure is named: '${p.item}'.`,
    ru: (p) => `Пункт стоит раньше, чем названа какая-либо мера: «${p.item}».`,
    kk: (p) => `Тармақ ешбір шара аталмай тұрып берілген: «${p.item}».`,
  }),
  "item-without-heading": template({
    /** With a unit ("96 школ") the item still says its type: a warning, and the type is used. */
    needs: [],
    optional: ["unit", "orgType"],
    en: (p) =>
      p.unit !== undefined
        ? `No section heading before this item; its unit '${p.unit}' says ${p.orgType}.`
        : "No section heading (kindergartens, schools, colleges) before this item.",
    ru: (p) =>
      p.unit !== undefined
        ? `Перед этим пунктом нет заголовка раздела; по единице «${p.unit}» это ${typeRu(p.orgType ?? "")}.`
        : "Перед этим пунктом нет заголовка раздела (детские сады, школы, колледжи).",
    kk: (p) =>
      p.unit !== undefined
        ? `Бұл тармақтың алдында бөлім тақырыбы жоқ; «${p.unit}» бірлігі бойынша бұл — ${typeKk(p.orgType ?? "")}.`
        : "Бұл тармақтың алдында бөлім тақырыбы (балабақшалар, мектептер, колледждер) жоқ.",
  }),
  "unit-mismatch": template({
    needs: ["unit", "unitType", "orgType"],
    en: (p) => `The unit '${p.unit}' names ${p.unitType}, but the section is ${p.orgType}.`,
    ru: (p) =>
      `Единица «${p.unit}» относится к типу «${typeRu(p.unitType)}», а раздел — «${typeRu(p.orgType)}».`,
    kk: (p) =>
      `«${p.unit}» бірлігі «${typeKk(p.unitType)}» түріне жатады, ал бөлім — «${typeKk(p.orgType)}».`,
  }),
  "unknown-territory": template({
    /**
     * reason: "unknown" (candidates: suggestions), "ambiguous" (candidates: the names it could be),
     * "empty", or "not-in-list" (a territory of the other list: measure, level, territory, and
     * cities or region, as {@link elsewhereFacts} gives them).
     */
    needs: ["reason", "name"],
    optional: ["candidates", "measure", "level", "territory", "cities", "region"],
    en: (p) => territoryIssue(p, "en"),
    ru: (p) => territoryIssue(p, "ru"),
    kk: (p) => territoryIssue(p, "kk"),
  }),
  "zero-total": template({
    needs: ["name"],
    en: (p) => `${p.name}: the base is 0, so there is no coverage to compute.`,
    ru: (p) => `${p.name}: общее количество равно 0, охват вычислить нельзя.`,
    kk: (p) => `${p.name}: жалпы саны 0, сондықтан қамтуды есептеу мүмкін емес.`,
  }),
  "covered-exceeds-total": template({
    needs: ["name", "covered", "total"],
    en: (p) => `${p.name}: ${p.covered} covered out of ${p.total} is more than all of them.`,
    ru: (p) => `${p.name}: охвачено ${p.covered} из ${p.total} — больше, чем всего организаций.`,
    kk: (p) =>
      `${p.name}: ${p.total} ішінен ${p.covered} қамтылған — бұл ұйымдардың жалпы санынан көп.`,
  }),
  "duplicate-territory": template({
    needs: ["name", "measure", "orgType", "line", "column"],
    en: (p) =>
      `${p.name} is listed twice for ${p.measure} / ${p.orgType} (first at line ${p.line}, column ${p.column}); the second is not used.`,
    ru: (p) =>
      `Территория «${p.name}» указана дважды в списке ${sectionRu(p.measure, p.orgType)} (впервые — строка ${p.line}, позиция ${p.column}); повтор не использован.`,
    kk: (p) =>
      `«${p.name}» аумағы ${sectionKk(p.measure, p.orgType)} тізімінде екі рет көрсетілген (алғаш рет — ${p.line}-жол, ${p.column}-орын); қайталануы пайдаланылмады.`,
  }),
  "change-without-sign": template({
    needs: ["note", "amount"],
    en: (p) => `'(${p.note})': a change with no word and no sign is read as +${p.amount}.`,
    ru: (p) => `«(${p.note})»: изменение без слова и без знака прочитано как +${p.amount}.`,
    kk: (p) => `«(${p.note})»: сөзі де, белгісі де жоқ өзгеріс +${p.amount} деп оқылды.`,
  }),
  "unreadable-change-note": template({
    needs: ["note"],
    en: (p) =>
      `'(${p.note})' after the percentage is not a change this parser reads; the figures are kept, the change is not.`,
    ru: (p) =>
      `«(${p.note})» после процента не читается как изменение; цифры пункта учтены, изменение — нет.`,
    kk: (p) =>
      `Пайыздан кейінгі «(${p.note})» өзгеріс ретінде оқылмайды; тармақтың сандары ескерілді, өзгеріс ескерілмеді.`,
  }),
  "unknown-change-word": template({
    /** signed: "yes" when a sign was written (it is used), "no" when nothing says the direction. */
    needs: ["word", "signed"],
    en: (p) =>
      `'${p.word}' is not a known word for a change (рост, снижение); ${p.signed === "yes" ? "the sign written is used" : "with no sign, the change is not used (the figures are)"}.`,
    ru: (p) =>
      `«${p.word}» — незнакомое слово для изменения (ожидается «рост» или «снижение»); ${p.signed === "yes" ? "учтён написанный знак" : "знака нет, поэтому изменение не учтено (цифры учтены)"}.`,
    kk: (p) =>
      `«${p.word}» — өзгерісті білдіретін таныс сөз емес («рост» немесе «снижение» күтіледі); ${p.signed === "yes" ? "жазылған белгі ескерілді" : "белгі жоқ, сондықтан өзгеріс ескерілмеді (сандар ескерілді)"}.`,
  }),
  "change-note-extra": template({
    /** change: the change as read, signed; rest: what follows it in the note. */
    needs: ["note", "change", "rest"],
    en: (p) =>
      `'(${p.note})': the change ${p.change} is read; the rest of the note ('${p.rest}') is not.`,
    ru: (p) =>
      `«(${p.note})»: изменение ${p.change} прочитано; остальное в примечании («${p.rest}») — нет.`,
    kk: (p) =>
      `«(${p.note})»: ${p.change} өзгерісі оқылды; ескертпенің қалған бөлігі («${p.rest}») оқылмады.`,
  }),
  "change-sign-conflict": template({
    needs: ["note"],
    en: (p) => `'(${p.note})': the word and the sign disagree; the sign is used.`,
    ru: (p) => `«(${p.note})»: слово и знак противоречат друг другу; учтён знак.`,
    kk: (p) => `«(${p.note})»: сөз бен белгі бір-біріне қайшы; белгі ескерілді.`,
  }),
  "repeated-headline": template({
    /** value: stated here; first: the same figure as stated before, at `line`. */
    needs: ["value", "first", "line"],
    en: (p) =>
      `The report states this figure again as ${p.value}; it stated ${p.first} at line ${p.line}, which is kept.`,
    ru: (p) =>
      `Отчёт снова указывает эту цифру — ${p.value}; в строке ${p.line} указано ${p.first}, учтено оно.`,
    kk: (p) =>
      `Есеп бұл санды қайта көрсетеді — ${p.value}; ${p.line}-жолда ${p.first} көрсетілген, сол ескерілді.`,
  }),
  "stray-breakdown": template({
    needs: [],
    en: () => "A breakdown by type that belongs to no headline figure.",
    ru: () => "Разбивка по типам организаций не относится ни к одному сводному показателю.",
    kk: () => "Ұйым түрлері бойынша бөлініс ешбір жиынтық көрсеткішке жатпайды.",
  }),
  "breakdown-part-unread": template({
    needs: ["part"],
    en: (p) =>
      `'${p.part}' in a breakdown by type names no one type of organisation (or one named twice); it is not used, the other parts are.`,
    ru: (p) =>
      `«${p.part}» в разбивке по типам не называет один тип организаций (или называет его повторно); эта часть не использована, остальные использованы.`,
    kk: (p) =>
      `Түрлер бойынша бөліністегі «${p.part}» бір ұйым түрін атамайды (немесе оны қайта атайды); бұл бөлік пайдаланылмады, қалғандары пайдаланылды.`,
  }),
  "unknown-unit": template({
    needs: ["unit"],
    en: (p) => `'${p.unit}' is not an organisation type.`,
    ru: (p) => `«${p.unit}» — не тип организации.`,
    kk: (p) => `«${p.unit}» — ұйым түрі емес.`,
  }),
  "stray-percent": template({
    needs: [],
    en: () => "A share 'от общего количества' that belongs to no headline figure.",
    ru: () => "Доля «от общего количества» не относится ни к одному сводному показателю.",
    kk: () => "«от общего количества» (жалпы санның) үлесі ешбір жиынтық көрсеткішке жатпайды.",
  }),
  "headline-without-measure": template({
    needs: [],
    en: () => "A headline figure before any measure is named; it is not used.",
    ru: () => "Сводный показатель стоит раньше, чем названа какая-либо мера; он не использован.",
    kk: () => "Жиынтық көрсеткіш ешбір шара аталмай тұрып берілген; ол пайдаланылмады.",
  }),
  "unknown-measure": template({
    /** section: the headline's words for the measure, as written; items: how many of its items were passed over. */
    needs: ["section", "items"],
    en: (p) =>
      `A section on a measure the add-in does not know ("${p.section}"): its headline and its ${p.items} ${Number(p.items) === 1 ? "item are" : "items are"} not read, and none is counted under another measure.`,
    ru: (p) =>
      `Раздел о мере, которую надстройка не знает («${p.section}»): его сводные показатели и ${p.items} ${plural(Number(p.items), "пункт", "пункта", "пунктов")} не прочитаны и не отнесены ни к какой другой мере.`,
    kk: (p) =>
      `Қондырма білмейтін шара туралы бөлім («${p.section}»): оның жиынтық көрсеткіштері мен ${p.items} тармағы оқылмады және ешбір басқа шараға жатқызылмады.`,
  }),
  "footnote-without-text": template({
    /** mark: as written; lines: where it is used, as lineRuns gives them. */
    needs: ["mark", "lines"],
    en: (p) =>
      `The footnote mark '${p.mark}' is used (${oneLine(p.lines) ? "line" : "lines"} ${p.lines}), but the report has no footnote text for it; the figures it marks are read as if it were absent.`,
    ru: (p) =>
      `Знак сноски «${p.mark}» стоит в тексте (${oneLine(p.lines) ? "строка" : "строки"} ${p.lines}), но текста этой сноски в отчёте нет; отмеченные им цифры прочитаны так, как если бы знака не было.`,
    kk: (p) =>
      `«${p.mark}» сілтеме белгісі мәтінде бар (${oneLine(p.lines) ? `${p.lines}-жол` : `жолдар: ${p.lines}`}), бірақ есепте бұл сілтеменің мәтіні жоқ; белгі қойылған сандар белгі жоқ сияқты оқылды.`,
  }),
  "aside-not-read": template({
    needs: ["text"],
    en: (p) =>
      `'${p.text}' in a list is no territory's item: its figures are not read (the items around it are).`,
    ru: (p) =>
      `«${p.text}» в списке — не пункт по территории: его цифры не прочитаны (пункты вокруг него прочитаны).`,
    kk: (p) =>
      `Тізімдегі «${p.text}» аумақ бойынша тармақ емес: ондағы сандар оқылмады (айналасындағы тармақтар оқылды).`,
  }),
  "part-not-read": template({
    needs: ["part"],
    en: (p) =>
      `'${p.part}' breaks out a part of the item's figure, but its figures can't be told apart; the part is not read (the item's own figures are).`,
    ru: (p) =>
      `«${p.part}» выделяет часть показателя пункта, но её цифры не удалось разобрать; эта часть не прочитана (цифры самого пункта прочитаны).`,
    kk: (p) =>
      `«${p.part}» тармақ көрсеткішінің бір бөлігін бөліп көрсетеді, бірақ оның сандарын ажырату мүмкін болмады; бұл бөлік оқылмады (тармақтың өз сандары оқылды).`,
  }),
  "versions-disagree": template({
    /**
     * kept, other: the languages of the version used and of the other ("ru", "kk"); keptFigure,
     * otherFigure: their figures as "114/122 (93%, +3)"; keptLine: where the one used stands.
     */
    needs: ["name", "measure", "orgType", "kept", "keptFigure", "keptLine", "other", "otherFigure"],
    en: (p) =>
      `${p.name}, ${p.measure} / ${p.orgType}: the ${VERSION_EN[p.kept] ?? p.kept} text (line ${p.keptLine}) gives ${p.keptFigure}, the ${VERSION_EN[p.other] ?? p.other} text ${p.otherFigure}; the first is used, the other is not.`,
    ru: (p) =>
      `«${p.name}», ${sectionRu(p.measure, p.orgType)}: в ${VERSION_RU[p.kept] ?? p.kept} тексте (строка ${p.keptLine}) — ${p.keptFigure}, в ${VERSION_RU[p.other] ?? p.other} — ${p.otherFigure}; использована первая цифра, вторая — нет.`,
    kk: (p) =>
      `«${p.name}», ${sectionKk(p.measure, p.orgType)}: ${VERSION_KK[p.kept] ?? p.kept} мәтінде (${p.keptLine}-жол) — ${p.keptFigure}, ${VERSION_KK[p.other] ?? p.other} мәтінде — ${p.otherFigure}; біріншісі алынды, екіншісі алынбады.`,
  }),
  "no-period": template({
    needs: [],
    en: () => "The report names no period ('По состоянию на N квартал YYYY года').",
    ru: () => "В отчёте не указан период (например, «По состоянию на 1 квартал 2023 года»).",
    kk: () => "Есепте кезең көрсетілмеген (мысалы, «По состоянию на 1 квартал 2023 года»).",
  }),
  "missing-measure": template({
    needs: ["measure"],
    en: (p) => `No figures for the measure '${p.measure}'.`,
    ru: (p) => `Нет цифр по мере «${measureRu(p.measure)}».`,
    kk: (p) => `«${measureKk(p.measure)}» шарасы бойынша сандар жоқ.`,
  }),
  "missing-section": template({
    needs: ["measure", "orgType"],
    en: (p) => `No list for ${p.measure} / ${p.orgType}.`,
    ru: (p) => `Нет списка ${sectionRu(p.measure, p.orgType)}.`,
    kk: (p) => `${sectionKk(p.measure, p.orgType)} тізімі жоқ.`,
  }),
  "missing-territory": template({
    /** territories: their names, ", "-joined. */
    needs: ["measure", "orgType", "territories"],
    en: (p) => `${p.measure} / ${p.orgType}: no figure for ${p.territories}.`,
    ru: (p) => `${sectionRu(p.measure, p.orgType)}: нет цифр по территориям: ${p.territories}.`,
    kk: (p) =>
      `${sectionKk(p.measure, p.orgType)}: мына аумақтар бойынша сандар жоқ: ${kazakhNames(p.territories)}.`,
  }),
  "damaged-text": template({
    /** lines: where, as lineList gives them. */
    needs: ["count", "lines"],
    en: (p) =>
      `${p.count} byte(s) of the file are not valid UTF-8 (line(s) ${p.lines}); they are shown as �, and the rest is read.`,
    ru: (p) =>
      `Байтов файла, недопустимых в UTF-8: ${p.count} (строки ${p.lines}); они показаны как �, остальное прочитано.`,
    kk: (p) =>
      `Файлдағы ${p.count} байт UTF-8 үшін жарамсыз (жолдар: ${p.lines}); олар � түрінде көрсетілді, қалғаны оқылды.`,
  }),
  "pdf-textless-pages": template({
    /** pages: which, as lineRuns gives them; count: how many. */
    needs: ["pages", "count"],
    en: (p) =>
      `${Number(p.count) === 1 ? `Page ${p.pages} of the PDF has` : `Pages ${p.pages} of the PDF have`} no text (scanned, or pictures only): ${Number(p.count) === 1 ? "its" : "their"} figures are not read; the other pages are.`,
    ru: (p) =>
      `${Number(p.count) === 1 ? `На странице ${p.pages}` : `На страницах ${p.pages}`} PDF нет текста (скан или только изображения): ${Number(p.count) === 1 ? "её" : "их"} цифры не прочитаны, остальные страницы прочитаны.`,
    kk: (p) =>
      `PDF-тің ${p.pages}-${Number(p.count) === 1 ? "бетінде" : "беттерінде"} мәтін жоқ (сканерленген көшірме немесе тек суреттер): ондағы сандар оқылмады, қалған беттер оқылды.`,
  }),
  "pdf-unreadable-pages": template({
    /** pages: which, as lineRuns gives them; count: how many. */
    needs: ["pages", "count"],
    en: (p) =>
      `${Number(p.count) === 1 ? `Page ${p.pages} of the PDF` : `Pages ${p.pages} of the PDF`} could not be read (damaged): ${Number(p.count) === 1 ? "its" : "their"} figures are not read; the other pages are.`,
    ru: (p) =>
      `${Number(p.count) === 1 ? `Страница ${p.pages} PDF не читается` : `Страницы ${p.pages} PDF не читаются`} (повреждены): ${Number(p.count) === 1 ? "её" : "их"} цифры не прочитаны, остальные страницы прочитаны.`,
    kk: (p) =>
      `PDF-тің ${p.pages}-${Number(p.count) === 1 ? "беті оқылмайды" : "беттері оқылмайды"} (зақымдалған): ондағы сандар оқылмады, қалған беттер оқылды.`,
  }),
  "table-without-context": template({
    /** missing: "measure" or "type", what the table does not say. */
    needs: ["table", "missing", "rows"],
    en: (p) =>
      `Table ${p.table}: neither the table nor the text before it says which ${p.missing === "measure" ? "measure" : "type of organisation"} its figures are for (a caption, a column header, or a heading above it would); its ${p.rows} rows are not used.`,
    ru: (p) =>
      `Таблица ${p.table}: ни сама таблица, ни текст перед ней не говорят, ${p.missing === "measure" ? "к какой мере" : "к какому типу организаций"} относятся её цифры (это указали бы название таблицы, заголовок столбца или заголовок над таблицей); её ${rowsNotUsedRu(p.rows)}.`,
    kk: (p) =>
      `${p.table}-кесте: кестенің өзі де, оның алдындағы мәтін де оның сандары ${p.missing === "measure" ? "қай шараға" : "ұйымдардың қай түріне"} қатысты екенін айтпайды (мұны кестенің атауы, бағанның тақырыбы немесе кестенің үстіндегі тақырып көрсетер еді); оның ${p.rows} жолы пайдаланылмады.`,
  }),
  "unmapped-table": template({
    /** columns: the headers as read, " | "-joined. */
    needs: ["table", "columns", "rows"],
    en: (p) =>
      `Table ${p.table} has figures, but its columns (${p.columns}) can't be read as territory | covered | total | %: its ${p.rows} rows are not used.`,
    ru: (p) =>
      `В таблице ${p.table} есть цифры, но её столбцы (${p.columns}) не читаются как «территория | охвачено | всего | %»: её ${rowsNotUsedRu(p.rows)}.`,
    kk: (p) =>
      `${p.table}-кестеде сандар бар, бірақ оның бағандары (${p.columns}) «аумақ | қамтылғаны | барлығы | %» ретінде оқылмайды: оның ${p.rows} жолы пайдаланылмады.`,
  }),
  "table-column-not-read": template({
    needs: ["table", "column"],
    en: (p) =>
      `Table ${p.table}: the column '${p.column}' is a change in percentage points, not in organisations; it is not read (the add-in computes changes from each period's figures).`,
    ru: (p) =>
      `Таблица ${p.table}: столбец «${p.column}» — изменение в процентных пунктах, а не в числе организаций; он не прочитан (надстройка вычисляет изменения по цифрам периодов).`,
    kk: (p) =>
      `${p.table}-кесте: «${p.column}» бағаны — ұйымдар санының емес, пайыздық тармақтардың (п.т.) өзгерісі; ол оқылмады (қондырма өзгерістерді кезеңдердің сандары бойынша өзі есептейді).`,
  }),
  "table-total-row": template({
    /** rows: the rows' numbers, ", "-joined. */
    needs: ["table", "rows"],
    en: (p) =>
      `Table ${p.table}, row ${p.rows}: a total over territories, not a territory; not used (the Audit sums the territories itself).`,
    ru: (p) =>
      `Таблица ${p.table}, ${p.rows.includes(",") ? "строки" : "строка"} ${p.rows}: итог по территориям, а не территория; не использован (Проверка сама суммирует территории).`,
    kk: (p) =>
      `${p.table}-кесте, ${p.rows}-${p.rows.includes(",") ? "жолдар" : "жол"}: аумақ емес, аумақтар бойынша жиынтық; пайдаланылмады (Тексеру аумақтарды өзі қосады).`,
  }),
};
