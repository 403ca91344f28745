import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameCase, parseByline } from './byline.js';
import { loadPageLexicon } from './lexicon.js';

const lex = loadPageLexicon();

test('bylines give the authors in name case and the rest of the line', () => {
  const table: Array<[string, string[] | null, string]> = [
    ['By SETH J. FRANTZMAN', ['Seth J. Frantzman'], ''],
    ['By Jane Doe | Senior Fellow - Some Institute | Mar 3, 2023', ['Jane Doe'], 'Some Institute'],
    ['By MARIA LOPEZ and OMAR SALEH', ['Maria Lopez', 'Omar Saleh'], ''],
    ['by Ahmed al-Rubaie, Baghdad', ['Ahmed al-Rubaie'], 'Baghdad'],
    ['Written by: Sara Cohen', ['Sara Cohen'], ''],
    ['By Rami Aziz in Amman', ['Rami Aziz'], 'Amman'],
    ['By Rami Aziz and Lea Stone in Beirut and Paris', ['Rami Aziz', 'Lea Stone'], 'Beirut'],
    ['By AHMAD AL-KAABI FEBRUARY 16, 2020 00:30', ['Ahmad al-Kaabi'], '2020'],
    ['بقلم علي حسين', ['علي حسين'], ''],
    ['By Staff', null, ''],
    ['By Reuters staff', ['Reuters staff'], ''],
    ['By The Times of Israel Staff', ['The Times of Israel Staff'], ''],
    ['By GULF WIRE STAFF WRITERS', ['Gulf Wire Staff Writers'], ''],
    ['By Staff Correspondent', null, ''],
    ['By our correspondent', null, ''],
    ['By the staff', null, ''],
    ['By Agencies', null, ''],
    ['By the time the convoy arrived, the road was closed.', null, ''],
    ['Bylines are not names', null, ''],
  ];
  for (const [unit, authors, rest] of table) {
    const b = parseByline(unit, lex);
    assert.deepEqual(b?.authors ?? null, authors, unit);
    if (b && rest) assert.ok(b.rest.includes(rest), `${unit} → rest ${b.rest}`);
  }
});

test('a byline naming several reporters is given back as printed, in name case', () => {
  const table: Array<[string, string]> = [
    ['By NADIA KARAM and PETER OWENS', 'Nadia Karam and Peter Owens'],
    ['By Nadia Karam, Peter Owens and Lina Aziz | Beirut', 'Nadia Karam, Peter Owens and Lina Aziz'],
    ['By Nadia Karam & Peter Owens', 'Nadia Karam & Peter Owens'],
    ['بقلم علي حسين و سامر يوسف', 'علي حسين و سامر يوسف'],
    ['by Ahmed al-Rubaie, Baghdad', 'Ahmed al-Rubaie'],
    ['By Nadia Karam, Beirut and Damascus', 'Nadia Karam'],
    ['By NADIA KARAM, PETER OWENS', 'Nadia Karam, Peter Owens'],
    ['By NADIA KARAM, MIDDLE EAST CORRESPONDENT', 'Nadia Karam'],
    ['By Nadia Karam, Senior Fellow', 'Nadia Karam'],
    ['كتب - سامر يوسف', 'سامر يوسف'],
    ['By: Nadia Karam', 'Nadia Karam'],
  ];
  for (const [unit, printed] of table) assert.equal(parseByline(unit, lex)?.printed, printed, unit);
});

test('name case only rewrites names printed all in capitals or all in lower case', () => {
  const table: Array<[string, string]> = [
    ['SETH J. FRANTZMAN', 'Seth J. Frantzman'],
    ["PATRICK O'NEIL", "Patrick O'Neil"],
    ['AL-HASHIMI', 'Al-Hashimi'],
    ['HUSSEIN AL-MOUSSAWI', 'Hussein al-Moussawi'],
    ['ludovico de la torre', 'Ludovico de la Torre'],
    ['Hamdi Malik', 'Hamdi Malik'],
    ['Michael McDonald', 'Michael McDonald'],
  ];
  for (const [name, want] of table) assert.equal(nameCase(name, lex), want, name);
});
