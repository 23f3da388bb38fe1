/**
 * Generated mixed Dutch text for the engine benchmark and the large-input tests: office prose with
 * dates, amounts, phone numbers, order numbers and postcodes, tab-separated tables, and now and
 * then a planted value (BSN, IBAN, card, password, payslip, health, a list of people).
 */
import { seeded as random } from '../test/seeded';

const WORDS = (
  'de het een en van in op voor met is dat die niet aan er maar ook als bij nog zijn wordt werd door naar over uit dan of om tot we ' +
  'ze je hij zij graag vergadering morgen project klant offerte afspraak bericht collega team planning bijlage zoals besproken ' +
  'groet vriendelijke gemeente aanvraag besluit overleg dossier rapport week maand jaar kosten budget levering factuur bestelling ' +
  'medewerkers afdeling directie beleid uitvoering evaluatie voorstel akkoord terugkoppeling agenda notulen actiepunten status'
).split(' ');
const NAMES = ['Jan de Vries', 'Fatima El Amrani', 'Piet Jansen', 'Anna Bakker', 'Kees Visser', 'Eva Smit', 'Mohamed Bouali', 'Lotte van Dijk'];

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

/** About `bytes` characters of mixed text; planted values roughly every `plantEvery` characters. */
export function mixedDutchText(bytes: number, seed = 42, plantEvery = 40000): string {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const int = (n: number) => Math.floor(r() * n);
  const parts: string[] = [];
  let size = 0;
  let nextPlant = plantEvery;
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  const numberBit = (): string => {
    switch (int(12)) {
      case 0: return `op ${pad(int(28) + 1, 2)}-${pad(int(12) + 1, 2)}-2024`;
      case 1: return `€ ${int(9000) + 10}.${pad(int(1000), 3)},${pad(int(100), 2)}`;
      case 2: return `bel 06-${pad(int(1e8), 8)}`;
      case 3: return `tel. +31 6 ${pad(int(1e4), 4)} ${pad(int(1e4), 4)}`;
      case 4: return `kantoor 020-${pad(int(1e7), 7)}`;
      case 5: return `ordernummer ${pad(int(1e9), 9)}`;
      case 6: return `postcode ${int(9000) + 1000} ${pick(['AB', 'CD', 'KL', 'XY'])}`;
      case 7: return `om ${int(24)}:${pad(int(60), 2)}`;
      case 8: return `factuur ${2024}-${pad(int(1e5), 5)}`;
      case 9: return `KvK ${pad(int(1e8), 8)}`;
      case 10: return `${int(100)} procent`;
      default: return `${int(1000)} stuks`;
    }
  };
  const plant = (): string => {
    switch (int(7)) {
      case 0: return 'BSN: 111222333 van de aanvrager.\n';
      case 1: return 'Graag overmaken naar IBAN NL91 ABNA 0417 1643 00 t.n.v. de cliënt.\n';
      case 2: return 'Creditcard 4111 1111 1111 1111 geldig tot 12/28.\n';
      case 3: return 'Gebruikersnaam: jdevries\nWachtwoord: Zomer2024!\n';
      case 4: return 'Salarisspecificatie maart\nBrutoloon\t€ 3.250,00\nLoonheffing\t-612,40\nNettoloon\t€ 2.492,40\n';
      case 5: return 'Medewerker J. Jansen is ziek gemeld; de bedrijfsarts ziet hem volgende week.\n';
      default:
        return 'Naam\tE-mail\tTelefoon\n' + NAMES.map((n, i) => `${n}\t${n.split(' ')[0].toLowerCase()}${i}@example.nl\t06-${pad(int(1e8), 8)}`).join('\n') + '\n';
    }
  };
  while (size < bytes) {
    if (size >= nextPlant) {
      if (parts.length && !/\n$/.test(parts[parts.length - 1])) push('\n');
      push(plant());
      nextPlant += plantEvery;
      continue;
    }
    if (int(25) === 0) {
      // A product table on its own lines: header row, then rows of tab-separated cells.
      let table = (parts.length && !/\n$/.test(parts[parts.length - 1]) ? '\n' : '') + 'Artikel\tAantal\tPrijs\tLevering\n';
      for (let i = int(8) + 3; i > 0; i--) table += `${pick(WORDS)}\t${int(50) + 1}\t€ ${int(500)},${pad(int(100), 2)}\t${pad(int(28) + 1, 2)}-${pad(int(12) + 1, 2)}-2024\n`;
      push(table);
      continue;
    }
    let sentence = pick(WORDS);
    sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
    for (let i = int(14) + 4; i > 0; i--) sentence += ' ' + (int(9) === 0 ? numberBit() : pick(WORDS));
    push(sentence + (int(6) === 0 ? '.\n' : '. '));
  }
  return parts.join('');
}
