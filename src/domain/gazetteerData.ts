/**
 * Facts for the territory gazetteer, from shared/reference (ISO 3166-2:KZ after the 2022 reform,
 * Russian/Kazakh/English names, which large city lies in which region after 8 June 2022).
 */

export interface RegionFact {
  iso: string;
  oldIso?: string;
  /** A city of republican significance is reported in both lists: by region and as a large city. */
  republicanCity: boolean;
  /** Russian names: the first is the official full name, the rest are the forms documents use. */
  ru: readonly string[];
  kk: readonly string[];
  en: readonly string[];
}

export interface CityFact {
  ru: string;
  /** The official Kazakh (Cyrillic) name, as a Kazakh workbook writes it. */
  kk: string;
  /** Other spellings: Kazakh Cyrillic, Kazakh Latin, English, former names. */
  other: readonly string[];
}

export interface CityGroupFact {
  /** Stable id: the ISO code for a city of republican significance, else `city:<slug>`. */
  id: string;
  regionIso: string;
  cities: readonly CityFact[];
}

export const REGION_FACTS: readonly RegionFact[] = [
  {
    iso: "KZ-71",
    oldIso: "KZ-AST",
    republicanCity: true,
    ru: ["Астана", "Нур-Султан"],
    kk: ["Астана"],
    en: ["Astana", "Nur-Sultan"],
  },
  {
    iso: "KZ-75",
    oldIso: "KZ-ALA",
    republicanCity: true,
    ru: ["Алматы", "Алма-Ата"],
    kk: ["Алматы"],
    en: ["Almaty", "Alma-Ata"],
  },
  {
    iso: "KZ-79",
    oldIso: "KZ-SHY",
    republicanCity: true,
    ru: ["Шымкент", "Чимкент"],
    kk: ["Шымкент"],
    en: ["Shymkent", "Şymkent"],
  },
  {
    iso: "KZ-11",
    oldIso: "KZ-AKM",
    republicanCity: false,
    ru: ["Акмолинская область"],
    kk: ["Ақмола облысы", "Aqmola oblysy"],
    en: ["Akmola Region"],
  },
  {
    iso: "KZ-10",
    republicanCity: false,
    ru: ["область Абай", "Абай", "Абайская область"],
    kk: ["Абай облысы", "Abay oblysy", "Abai oblysy"],
    en: ["Abai Region", "Abay Region"],
  },
  {
    iso: "KZ-15",
    oldIso: "KZ-AKT",
    republicanCity: false,
    ru: ["Актюбинская область"],
    kk: ["Ақтөбе облысы", "Aqtöbe oblysy"],
    en: ["Aktobe Region", "Aqtobe Region"],
  },
  {
    iso: "KZ-19",
    oldIso: "KZ-ALM",
    republicanCity: false,
    ru: ["Алматинская область"],
    kk: ["Алматы облысы", "Almaty oblysy"],
    en: ["Almaty Region"],
  },
  {
    iso: "KZ-23",
    oldIso: "KZ-ATY",
    republicanCity: false,
    ru: ["Атырауская область"],
    kk: ["Атырау облысы", "Atyraū oblysy"],
    en: ["Atyrau Region"],
  },
  {
    iso: "KZ-63",
    oldIso: "KZ-VOS",
    republicanCity: false,
    ru: ["Восточно-Казахстанская область", "ВКО"],
    kk: ["Шығыс Қазақстан облысы", "ШҚО", "Shyghys Qazaqstan oblysy", "Şyğys Qazaqstan oblysy"],
    en: ["East Kazakhstan Region", "East Kazakhstan"],
  },
  {
    iso: "KZ-31",
    oldIso: "KZ-ZHA",
    republicanCity: false,
    ru: ["Жамбылская область"],
    kk: ["Жамбыл облысы", "Zhambyl oblysy", "Jambyl oblysy"],
    en: ["Jambyl Region", "Zhambyl Region"],
  },
  {
    iso: "KZ-33",
    republicanCity: false,
    ru: ["область Жетісу", "Жетысу", "Жетісу", "Жетысуская область"],
    kk: ["Жетісу облысы", "Zhetisū oblysy", "Jetısu oblysy"],
    en: ["Jetisu Region", "Zhetysu Region", "Zhetisu Region"],
  },
  {
    iso: "KZ-27",
    oldIso: "KZ-ZAP",
    republicanCity: false,
    ru: ["Западно-Казахстанская область", "ЗКО"],
    kk: ["Батыс Қазақстан облысы", "БҚО", "Batys Qazaqstan oblysy"],
    en: ["West Kazakhstan Region", "West Kazakhstan"],
  },
  {
    iso: "KZ-35",
    oldIso: "KZ-KAR",
    republicanCity: false,
    ru: ["Карагандинская область"],
    kk: ["Қарағанды облысы", "Qaraghandy oblysy", "Qarağandy oblysy"],
    en: ["Karaganda Region", "Karagandy Region"],
  },
  {
    iso: "KZ-39",
    oldIso: "KZ-KUS",
    republicanCity: false,
    ru: ["Костанайская область"],
    kk: ["Қостанай облысы", "Qostanay oblysy", "Qostanai oblysy"],
    en: ["Kostanay Region", "Kostanai Region"],
  },
  {
    iso: "KZ-43",
    oldIso: "KZ-KZY",
    republicanCity: false,
    ru: ["Кызылординская область"],
    kk: ["Қызылорда облысы", "Qyzylorda oblysy"],
    en: ["Kyzylorda Region"],
  },
  {
    iso: "KZ-47",
    oldIso: "KZ-MAN",
    republicanCity: false,
    ru: ["Мангистауская область", "Мангыстауская область"],
    kk: ["Маңғыстау облысы", "Mangghystaū oblysy", "Mañğystau oblysy"],
    en: ["Mangystau Region", "Mangistau Region"],
  },
  {
    iso: "KZ-55",
    oldIso: "KZ-PAV",
    republicanCity: false,
    ru: ["Павлодарская область"],
    kk: ["Павлодар облысы", "Pavlodar oblysy"],
    en: ["Pavlodar Region"],
  },
  {
    iso: "KZ-59",
    oldIso: "KZ-SEV",
    republicanCity: false,
    ru: ["Северо-Казахстанская область", "СКО"],
    kk: ["Солтүстік Қазақстан облысы", "СҚО", "Soltüstik Qazaqstan oblysy"],
    en: ["North Kazakhstan Region", "North Kazakhstan"],
  },
  {
    iso: "KZ-61",
    oldIso: "KZ-YUZ",
    republicanCity: false,
    ru: ["Туркестанская область", "ЮКО", "Южно-Казахстанская область"],
    kk: ["Түркістан облысы", "Türkistan oblysy"],
    en: ["Turkistan Region", "Turkestan Region"],
  },
  {
    iso: "KZ-62",
    republicanCity: false,
    ru: ["область Ұлытау", "Улытау", "Ұлытау", "Улытауская область"],
    kk: ["Ұлытау облысы", "Ulytaū oblysy", "Ūlytau oblysy"],
    en: ["Ulytau Region"],
  },
];

/** A city: its Russian name, its official Kazakh name, then its other spellings. */
const city = (ru: string, kk: string, ...other: string[]): CityFact => ({
  ru,
  kk,
  other: other.includes(kk) || kk === ru ? other : [kk, ...other],
});

/** The 20 large-city groups of the report (25 cities), in the report's order. */
export const CITY_GROUP_FACTS: readonly CityGroupFact[] = [
  {
    id: "KZ-71",
    regionIso: "KZ-71",
    cities: [city("Астана", "Астана", "Astana", "Нур-Султан", "Nur-Sultan")],
  },
  { id: "KZ-75", regionIso: "KZ-75", cities: [city("Алматы", "Алматы", "Almaty")] },
  { id: "KZ-79", regionIso: "KZ-79", cities: [city("Шымкент", "Шымкент", "Shymkent")] },
  {
    id: "city:kokshetau",
    regionIso: "KZ-11",
    cities: [city("Кокшетау", "Көкшетау", "Kokshetau", "Kökshetaū")],
  },
  {
    id: "city:semey",
    regionIso: "KZ-10",
    cities: [city("Семей", "Семей", "Semey", "Semei", "Семипалатинск", "Semipalatinsk")],
  },
  {
    id: "city:aktobe",
    regionIso: "KZ-15",
    cities: [city("Актобе", "Ақтөбе", "Aktobe", "Aqtöbe", "Актюбинск")],
  },
  {
    id: "city:konaev",
    regionIso: "KZ-19",
    cities: [
      city(
        "Конаев",
        "Қонаев",
        "Konaev",
        "Qonayev",
        "Konayev",
        "Капшагай",
        "Kapchagay",
        "Qapshaghay"
      ),
    ],
  },
  {
    id: "city:atyrau-kulsary",
    regionIso: "KZ-23",
    cities: [city("Атырау", "Атырау", "Atyrau"), city("Кульсары", "Құлсары", "Kulsary", "Qulsary")],
  },
  {
    id: "city:oskemen",
    regionIso: "KZ-63",
    cities: [city("Усть-Каменогорск", "Өскемен", "Oskemen", "Öskemen", "Ust-Kamenogorsk")],
  },
  { id: "city:taraz", regionIso: "KZ-31", cities: [city("Тараз", "Тараз", "Taraz")] },
  {
    id: "city:taldykorgan",
    regionIso: "KZ-33",
    cities: [city("Талдыкорган", "Талдықорған", "Taldykorgan", "Taldyqorghan")],
  },
  { id: "city:oral", regionIso: "KZ-27", cities: [city("Уральск", "Орал", "Oral", "Uralsk")] },
  {
    id: "city:karaganda-temirtau",
    regionIso: "KZ-35",
    cities: [
      city("Караганда", "Қарағанды", "Karaganda", "Karagandy", "Qaraghandy"),
      city("Темиртау", "Теміртау", "Temirtau"),
    ],
  },
  {
    id: "city:kostanay-rudny",
    regionIso: "KZ-39",
    cities: [
      city("Костанай", "Қостанай", "Kostanay", "Kostanai", "Qostanay"),
      city("Рудный", "Рудный", "Rudny", "Rudnyy"),
    ],
  },
  {
    id: "city:kyzylorda",
    regionIso: "KZ-43",
    cities: [city("Кызылорда", "Қызылорда", "Kyzylorda", "Qyzylorda")],
  },
  {
    id: "city:aktau-zhanaozen",
    regionIso: "KZ-47",
    cities: [
      city("Актау", "Ақтау", "Aktau", "Aqtau"),
      city("Жанаозен", "Жаңаөзен", "Zhanaozen", "Janaozen"),
    ],
  },
  {
    id: "city:pavlodar-ekibastuz",
    regionIso: "KZ-55",
    cities: [city("Павлодар", "Павлодар", "Pavlodar"), city("Экибастуз", "Екібастұз", "Ekibastuz")],
  },
  {
    id: "city:petropavl",
    regionIso: "KZ-59",
    cities: [city("Петропавловск", "Петропавл", "Petropavl", "Petropavlovsk")],
  },
  {
    id: "city:turkistan",
    regionIso: "KZ-61",
    cities: [city("Туркестан", "Түркістан", "Turkistan", "Turkestan", "Türkistan")],
  },
  {
    id: "city:zhezkazgan",
    regionIso: "KZ-62",
    cities: [city("Жезказган", "Жезқазған", "Zhezkazgan", "Jezkazgan")],
  },
];

/** Names that mean the whole country. */
export const COUNTRY_NAMES: readonly string[] = [
  "Казахстан",
  "Республика Казахстан",
  "РК",
  "Қазақстан",
  "Қазақстан Республикасы",
  "Kazakhstan",
  "Republic of Kazakhstan",
  "Qazaqstan",
  "KZ",
  "all",
  "всего",
  "итого",
  "вся республика",
];
