// Regenerates places.csv and provinces.csv beside this file from the npm package
// @marketto/belfiore-connector-embedded (see SOURCE.md). Not part of the build.
//
//   mkdir -p /tmp/places-gen && cd /tmp/places-gen && npm init -y >/dev/null
//   npm install --no-save @marketto/belfiore-connector-embedded@1.2.1
//   TZ=UTC node <repo>/ejb/src/main/resources/db/data/places/convert.mjs
//
// The package is looked up from the current directory, so run it where it was installed.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const PACKAGE = "@marketto/belfiore-connector-embedded";
const require = createRequire(path.join(process.cwd(), "noop.js"));
const pkgVersion = require(`${PACKAGE}/package.json`).version;
const { belfioreConnector } = require(PACKAGE);
const here = path.dirname(fileURLToPath(import.meta.url));

// Provinces: sigla -> [name, ISTAT region code]. Current ones as in the source data (Sardinia:
// Gallura Nord-Est Sardegna and Ogliastra already split off, Sud Sardegna not yet), then the
// former provinces of Venezia Giulia and Zara, ceded in 1947 (region: Friuli-Venezia Giulia).
const PROVINCES = {
    TO: ["Torino", "01"], VC: ["Vercelli", "01"], NO: ["Novara", "01"], CN: ["Cuneo", "01"],
    AT: ["Asti", "01"], AL: ["Alessandria", "01"], BI: ["Biella", "01"], VB: ["Verbano-Cusio-Ossola", "01"],
    AO: ["Aosta", "02"],
    VA: ["Varese", "03"], CO: ["Como", "03"], SO: ["Sondrio", "03"], MI: ["Milano", "03"], BG: ["Bergamo", "03"],
    BS: ["Brescia", "03"], PV: ["Pavia", "03"], CR: ["Cremona", "03"], MN: ["Mantova", "03"], LC: ["Lecco", "03"],
    LO: ["Lodi", "03"], MB: ["Monza e della Brianza", "03"],
    BZ: ["Bolzano", "04"], TN: ["Trento", "04"],
    VR: ["Verona", "05"], VI: ["Vicenza", "05"], BL: ["Belluno", "05"], TV: ["Treviso", "05"], VE: ["Venezia", "05"],
    PD: ["Padova", "05"], RO: ["Rovigo", "05"],
    UD: ["Udine", "06"], GO: ["Gorizia", "06"], TS: ["Trieste", "06"], PN: ["Pordenone", "06"],
    IM: ["Imperia", "07"], SV: ["Savona", "07"], GE: ["Genova", "07"], SP: ["La Spezia", "07"],
    PC: ["Piacenza", "08"], PR: ["Parma", "08"], RE: ["Reggio Emilia", "08"], MO: ["Modena", "08"],
    BO: ["Bologna", "08"], FE: ["Ferrara", "08"], RA: ["Ravenna", "08"], FC: ["Forlì-Cesena", "08"], RN: ["Rimini", "08"],
    MS: ["Massa-Carrara", "09"], LU: ["Lucca", "09"], PT: ["Pistoia", "09"], FI: ["Firenze", "09"], LI: ["Livorno", "09"],
    PI: ["Pisa", "09"], AR: ["Arezzo", "09"], SI: ["Siena", "09"], GR: ["Grosseto", "09"], PO: ["Prato", "09"],
    PG: ["Perugia", "10"], TR: ["Terni", "10"],
    PU: ["Pesaro e Urbino", "11"], AN: ["Ancona", "11"], MC: ["Macerata", "11"], AP: ["Ascoli Piceno", "11"], FM: ["Fermo", "11"],
    VT: ["Viterbo", "12"], RI: ["Rieti", "12"], RM: ["Roma", "12"], LT: ["Latina", "12"], FR: ["Frosinone", "12"],
    AQ: ["L'Aquila", "13"], TE: ["Teramo", "13"], PE: ["Pescara", "13"], CH: ["Chieti", "13"],
    CB: ["Campobasso", "14"], IS: ["Isernia", "14"],
    CE: ["Caserta", "15"], BN: ["Benevento", "15"], NA: ["Napoli", "15"], AV: ["Avellino", "15"], SA: ["Salerno", "15"],
    FG: ["Foggia", "16"], BA: ["Bari", "16"], TA: ["Taranto", "16"], BR: ["Brindisi", "16"], LE: ["Lecce", "16"],
    BT: ["Barletta-Andria-Trani", "16"],
    PZ: ["Potenza", "17"], MT: ["Matera", "17"],
    CS: ["Cosenza", "18"], CZ: ["Catanzaro", "18"], RC: ["Reggio Calabria", "18"], KR: ["Crotone", "18"], VV: ["Vibo Valentia", "18"],
    TP: ["Trapani", "19"], PA: ["Palermo", "19"], ME: ["Messina", "19"], AG: ["Agrigento", "19"], CL: ["Caltanissetta", "19"],
    EN: ["Enna", "19"], CT: ["Catania", "19"], RG: ["Ragusa", "19"], SR: ["Siracusa", "19"],
    SS: ["Sassari", "20"], NU: ["Nuoro", "20"], CA: ["Cagliari", "20"], OR: ["Oristano", "20"], SU: ["Sud Sardegna", "20"],
    OT: ["Gallura Nord-Est Sardegna", "20"], OG: ["Ogliastra", "20"],
    FU: ["Fiume", "06"], PL: ["Pola", "06"], ZA: ["Zara", "06"],
};
// Old siglas of provinces that still exist under another sigla: same province, renamed.
const RENAMED = { PS: "PU", FO: "FC" };

const PARTICLES = new Set(["a", "di", "del", "della", "dello", "dei", "degli", "delle", "da", "dal", "dalla", "dallo",
    "in", "e", "ed", "et", "sul", "sulla", "sullo", "sui", "al", "alla", "allo", "nel", "nella", "nello", "con"]);
const ELIDED = new Set(["d'", "dell'", "nell'", "sull'", "all'", "dall'", "coll'"]);

// A few names in the source are UTF-8 read as Latin-1 or Windows-1250 ("CittÃ  della Pieve",
// "ContÃ", "Santa Maria la CaritĂ"), at times with the trailing no-break space lost: decode again.
function fixEncoding(raw) {
    let s = raw.replace(/[ĂÃ]$/, "Ã\u00a0");
    if (!/[ÃÂ]/.test(s)) return raw;
    s = Buffer.from(s, "latin1").toString("utf8");
    if (/[\uFFFDÃÂĂ]/.test(s)) throw new Error("cannot repair the encoding of " + raw);
    return s;
}

// The source title-cases some names ("Casal Di Principe", "Sant'antonio", "Chiopris-viscone"):
// restore the ISTAT style (lower-case particles, capital after an apostrophe or a hyphen).
function tidyName(raw) {
    const words = raw.trim().split(/ +/);
    return words.map((w, i) => {
        let out = w.replace(/'(\p{Ll})/gu, (m, c) => "'" + c.toUpperCase())
            .replace(/-(\p{Ll})(\p{L}{2,})/gu, (m, c, rest) => "-" + c.toUpperCase() + rest);
        if (i > 0) {
            const lower = out.toLowerCase();
            if (PARTICLES.has(lower)) {
                out = lower;
            } else {
                const apo = lower.indexOf("'");
                if (apo > 0 && ELIDED.has(lower.slice(0, apo + 1))) {
                    out = lower.slice(0, apo + 1) + out.slice(apo + 1);
                }
            }
        }
        return out;
    }).join(" ");
}

function day(d, placeholder) {
    // Dates are built at local midnight (start) or 23:59:59.999 (end): read the local calendar day.
    if (!d || d.getFullYear() >= 9999) return "";
    const s = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    return s === placeholder ? "" : s;
}

function csv(v) {
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const all = await belfioreConnector.toArray();
const rows = [];
const seen = new Set();
const provinceUse = {};
for (const p of all) {
    if (seen.has(p.belfioreCode)) throw new Error("duplicate code " + p.belfioreCode);
    seen.add(p.belfioreCode);
    const isCountry = !p.province;
    if (isCountry !== p.belfioreCode.startsWith("Z")) throw new Error("unexpected kind for " + p.belfioreCode);
    const province = isCountry ? "" : (RENAMED[p.province] ?? p.province);
    if (!isCountry && !PROVINCES[province]) throw new Error("unknown province " + p.province + " of " + p.belfioreCode);
    // 1861-01-01 is the source's "since always" for countries: no known start date.
    const from = day(p.creationDate, isCountry ? "1861-01-01" : null);
    const to = day(p.expirationDate);
    if (province) {
        const u = provinceUse[province] ??= { current: 0, last: "" };
        if (!to) u.current++; else if (to > u.last) u.last = to;
    }
    rows.push([isCountry ? "COUNTRY" : "COMUNE", p.belfioreCode, tidyName(fixEncoding(p.name)), province,
        province ? PROVINCES[province][1] : "", from, to]);
}
rows.sort((a, b) => a[1].localeCompare(b[1]));
writeFileSync(path.join(here, "places.csv"),
    ["kind,code,name,province,region,valid_from,valid_to", ...rows.map(r => r.map(csv).join(","))].join("\n") + "\n");

const provinceRows = Object.entries(PROVINCES).map(([code, [name, region]]) => {
    const u = provinceUse[code];
    if (!u) throw new Error("province without comuni: " + code);
    // A province with no current comune is a former one: it ends with its last comune.
    return [code, name, region, u.current ? "" : u.last];
}).sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(path.join(here, "provinces.csv"),
    ["code,name,region,valid_to", ...provinceRows.map(r => r.map(csv).join(","))].join("\n") + "\n");

const count = (k, current) => rows.filter(r => r[0] === k && (r[6] === "") === current).length;
console.log(`${PACKAGE}@${pkgVersion}: ${count("COMUNE", true)} current comuni, ${count("COMUNE", false)} former comuni, `
    + `${count("COUNTRY", true)} current countries, ${count("COUNTRY", false)} former countries, `
    + `${provinceRows.length} provinces (${provinceRows.filter(r => r[3]).length} former)`);
