/**
 * The Russian texts of issueTemplates.ts, one per code, reading the params its templates declare.
 * A chunk of their own, fetched when the pane speaks Russian.
 */
import type { Texts } from "../domain/catalogue";
import type { ISSUE_TEMPLATES } from "./issueTemplates";
import { measureName, oneLine, orgTypeName, periodName, plural } from "../domain/lang";
import { territoryIssueText } from "../domain/nameMessages";

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

/** A version of the report by its language: "в русском тексте". */
const VERSION_RU: Record<string, string> = { ru: "русском", kk: "казахском" };

export const ISSUE_RU: Texts<typeof ISSUE_TEMPLATES> = {
  "empty-report": () => "Отчёт пуст.",
  "no-figures": () =>
    "Не найдено ни одного показателя по территориям: текст не похож на отчёт министерства об охвате.",
  "parser-failure": (p) => `Сбой при разборе отчёта: ${p.error}`,
  "malformed-item": (p) =>
    `Не удалось прочитать пункт как «Территория (охвачено из всего) – N%»: «${p.item}».`,
  "loose-item": (p) =>
    `«${p.item}» записан не в виде «Территория (охвачено из всего) – N%»; прочитано как ${p.covered} из ${p.total}, ${p.pct}%.`,
  "second-period": (p) =>
    `В отчёте указан второй период — ${periodRu(p.period)}; используется ${periodRu(p.used)} (строка ${p.line}).`,
  "section-without-measure": () => "Список территорий идёт раньше, чем названа какая-либо мера.",
  "repeated-section": (p) =>
    `Второй список для ${sectionRu(p.measure, p.orgType)} (первый — в строке ${p.line}); его пункты прочитаны как часть того же раздела.`,
  "unreadable-number": (p) =>
    `«${p.text}» — не количество (количества пишутся как 4 123 или 4123); ${p.scope === "item" ? "этот пункт не использован" : "эта цифра не использована, остальные использованы"}.`,
  "thousands-separator": (p) =>
    `В «${p.text}» тысячи отделены знаком «${p.separator}»; прочитано как ${p.value}.`,
  "thousands-spacing": (p) =>
    `В «${p.text}» между разрядами больше одного пробела (или табуляция); прочитано как ${p.value}.`,
  "item-without-measure": (p) => `Пункт стоит раньше, чем названа какая-либо мера: «${p.item}».`,
  "item-without-heading": (p) =>
    p.unit !== undefined
      ? `Перед этим пунктом нет заголовка раздела; по единице «${p.unit}» это ${typeRu(p.orgType ?? "")}.`
      : "Перед этим пунктом нет заголовка раздела (детские сады, школы, колледжи).",
  "unit-mismatch": (p) =>
    `Единица «${p.unit}» относится к типу «${typeRu(p.unitType)}», а раздел — «${typeRu(p.orgType)}».`,
  "unknown-territory": (p) => territoryIssueText(p, "ru"),
  "zero-total": (p) => `${p.name}: общее количество равно 0, охват вычислить нельзя.`,
  "covered-exceeds-total": (p) =>
    `${p.name}: охвачено ${p.covered} из ${p.total} — больше, чем всего организаций.`,
  "duplicate-territory": (p) =>
    `Территория «${p.name}» указана дважды в списке ${sectionRu(p.measure, p.orgType)} (впервые — строка ${p.line}, позиция ${p.column}); повтор не использован.`,
  "change-without-sign": (p) =>
    `«(${p.note})»: изменение без слова и без знака прочитано как +${p.amount}.`,
  "unreadable-change-note": (p) =>
    `«(${p.note})» после процента не читается как изменение; цифры пункта учтены, изменение — нет.`,
  "unknown-change-word": (p) =>
    `«${p.word}» — незнакомое слово для изменения (ожидается «рост» или «снижение»); ${p.signed === "yes" ? "учтён написанный знак" : "знака нет, поэтому изменение не учтено (цифры учтены)"}.`,
  "change-note-extra": (p) =>
    `«(${p.note})»: изменение ${p.change} прочитано; остальное в примечании («${p.rest}») — нет.`,
  "change-sign-conflict": (p) => `«(${p.note})»: слово и знак противоречат друг другу; учтён знак.`,
  "repeated-headline": (p) =>
    `Отчёт снова указывает эту цифру — ${p.value}; в строке ${p.line} указано ${p.first}, учтено оно.`,
  "stray-breakdown": () =>
    "Разбивка по типам организаций не относится ни к одному сводному показателю.",
  "breakdown-part-unread": (p) =>
    `«${p.part}» в разбивке по типам не называет один тип организаций (или называет его повторно); эта часть не использована, остальные использованы.`,
  "unknown-unit": (p) => `«${p.unit}» — не тип организации.`,
  "stray-percent": () =>
    "Доля «от общего количества» не относится ни к одному сводному показателю.",
  "stray-change": () =>
    "Изменение в скобках не относится ни к одному сводному показателю охвата; оно не использовано.",
  "headline-without-measure": () =>
    "Сводный показатель стоит раньше, чем названа какая-либо мера; он не использован.",
  "unknown-measure": (p) =>
    `Раздел о мере, которую надстройка не знает («${p.section}»): его сводные показатели и ${p.items} ${plural(Number(p.items), "пункт", "пункта", "пунктов")} не прочитаны и не отнесены ни к какой другой мере.`,
  "footnote-without-text": (p) =>
    `Знак сноски «${p.mark}» стоит в тексте (${oneLine(p.lines) ? "строка" : "строки"} ${p.lines}), но текста этой сноски в отчёте нет; отмеченные им цифры прочитаны так, как если бы знака не было.`,
  "aside-not-read": (p) =>
    `«${p.text}» в списке — не пункт по территории: его цифры не прочитаны (пункты вокруг него прочитаны).`,
  "part-not-read": (p) =>
    `«${p.part}» выделяет часть показателя пункта, но её цифры не удалось разобрать; эта часть не прочитана (цифры самого пункта прочитаны).`,
  "versions-disagree": (p) =>
    `«${p.name}», ${sectionRu(p.measure, p.orgType)}: в ${VERSION_RU[p.kept] ?? p.kept} тексте (строка ${p.keptLine}) — ${p.keptFigure}, в ${VERSION_RU[p.other] ?? p.other} — ${p.otherFigure}; использована первая цифра, вторая — нет.`,
  "no-period": () => "В отчёте не указан период (например, «По состоянию на 1 квартал 2023 года»).",
  "missing-measure": (p) => `Нет цифр по мере «${measureRu(p.measure)}».`,
  "missing-section": (p) => `Нет списка ${sectionRu(p.measure, p.orgType)}.`,
  "missing-territory": (p) =>
    `${sectionRu(p.measure, p.orgType)}: нет цифр по территориям: ${p.territories}.`,
  "damaged-text": (p) =>
    `Байтов файла, недопустимых в UTF-8: ${p.count} (строки ${p.lines}); они показаны как �, остальное прочитано.`,
  "pdf-textless-pages": (p) =>
    `${Number(p.count) === 1 ? `На странице ${p.pages}` : `На страницах ${p.pages}`} PDF нет текста (скан или только изображения): ${Number(p.count) === 1 ? "её" : "их"} цифры не прочитаны, остальные страницы прочитаны.`,
  "pdf-unreadable-pages": (p) =>
    `${Number(p.count) === 1 ? `Страница ${p.pages} PDF не читается` : `Страницы ${p.pages} PDF не читаются`} (повреждены): ${Number(p.count) === 1 ? "её" : "их"} цифры не прочитаны, остальные страницы прочитаны.`,
  "table-without-context": (p) =>
    `Таблица ${p.table}: ни сама таблица, ни текст перед ней не говорят, ${p.missing === "measure" ? "к какой мере" : "к какому типу организаций"} относятся её цифры (это указали бы название таблицы, заголовок столбца или заголовок над таблицей); её ${rowsNotUsedRu(p.rows)}.`,
  "unmapped-table": (p) =>
    `В таблице ${p.table} есть цифры, но её столбцы (${p.columns}) не читаются как «территория | охвачено | всего | %»: её ${rowsNotUsedRu(p.rows)}.`,
  "table-column-not-read": (p) =>
    `Таблица ${p.table}: столбец «${p.column}» — изменение в процентных пунктах, а не в числе организаций; он не прочитан (надстройка вычисляет изменения по цифрам периодов).`,
  "table-total-row": (p) =>
    `Таблица ${p.table}, ${p.rows.includes(",") ? "строки" : "строка"} ${p.rows}: итог по территориям, а не территория; не использован (Проверка сама суммирует территории).`,
};
