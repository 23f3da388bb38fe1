import { splitDomain } from '../../../src/recipients/domains/domains';
import { collectRecipients, maskAddress, maskedList, normaliseAddress, splitAddressList } from '../../../src/recipients/domains/address';

describe('normaliseAddress', () => {
  it.each([
    ['jan@acme.nl', 'jan', 'acme.nl'],
    ['  Jan.de.Vries@Gemeente-Utrecht.NL  ', 'Jan.de.Vries', 'gemeente-utrecht.nl'],
    ['"Jan de Vries" <jan@acme.nl>', 'jan', 'acme.nl'],
    ['Jan de Vries <JAN@ACME.NL>', 'JAN', 'acme.nl'],
    ['"de Vries, Jan" <jan@acme.nl>', 'jan', 'acme.nl'],
    ['<p.jansen@ziggo.nl>', 'p.jansen', 'ziggo.nl'],
    ['mailto:info@rabobank.nl', 'info', 'rabobank.nl'],
    ['SMTP:secretariaat@uwv.nl', 'secretariaat', 'uwv.nl'],
    ['jan@acme.nl.', 'jan', 'acme.nl'],
    ['jan@acme.nl...', 'jan', 'acme.nl'],
    ['jan@acme.nl;', 'jan', 'acme.nl'],
    ["'jan@acme.nl'", 'jan', 'acme.nl'],
    ['"jan van dijk"@acme.nl', 'jan van dijk', 'acme.nl'],
    ['jan@mail.student.hva.nl', 'jan', 'mail.student.hva.nl'],
    ['jan@acme\u3002nl', 'jan', 'acme.nl'],
    ['jan@XN--GMIL-63D.COM', 'jan', 'xn--gmil-63d.com'],
    ['user+tag@gmail.com', 'user+tag', 'gmail.com'],
  ])('%s -> %s @ %s', (raw, local, domain) => {
    expect(normaliseAddress(raw)).toEqual({ local, domain });
  });

  it.each([
    [''],
    ['   '],
    ['Jan de Vries'],
    ['/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jan'],
    ['jan@'],
    ['@acme.nl'],
    ['jan@localhost'],
    ['jan@acme .nl'],
    ['x'.repeat(5000) + '@acme.nl'],
  ])('refuses %s', (raw) => {
    expect(normaliseAddress(raw)).toBeNull();
  });

  it('never throws on non-strings', () => {
    expect(normaliseAddress(undefined as unknown as string)).toBeNull();
    expect(normaliseAddress(42 as unknown as string)).toBeNull();
  });
});

describe('splitAddressList', () => {
  it.each([
    ['a@acme.nl; b@acme.nl', ['a@acme.nl', ' b@acme.nl']],
    ['a@acme.nl, b@acme.nl,', ['a@acme.nl', ' b@acme.nl']],
    ['Ouders groep 7: a@gmail.com, b@ziggo.nl;', [' a@gmail.com', ' b@ziggo.nl']],
    ['"Vries, Jan de" <jan@acme.nl>, "Bakker; Piet" <piet@acme.nl>', ['"Vries, Jan de" <jan@acme.nl>', ' "Bakker; Piet" <piet@acme.nl>']],
    ['mailto:a@acme.nl', ['mailto:a@acme.nl']],
  ])('%s', (raw, parts) => {
    expect(splitAddressList(raw)).toEqual(parts);
  });
});

describe('collectRecipients', () => {
  it('normalises, dedupes case-insensitively and keeps the visible field', () => {
    const list = collectRecipients({
      to: [{ name: 'Jan', address: 'Jan@ACME.nl' }, { address: '"Piet" <piet@ziggo.nl>' }],
      cc: [{ address: 'jan@acme.nl' }, { address: 'kees@gmail.com.' }],
      bcc: [{ address: 'PIET@ziggo.nl' }, { address: 'anna@hotmail.com' }],
    });
    expect(list.map((r) => [r.address, r.field])).toEqual([
      ['Jan@acme.nl', 'to'],
      ['piet@ziggo.nl', 'to'],
      ['kees@gmail.com', 'cc'],
      ['anna@hotmail.com', 'bcc'],
    ]);
    expect(list.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it('expands a group that arrives as one address field', () => {
    const list = collectRecipients({ to: [{ name: 'Ouders', address: 'Ouders: a@gmail.com, b@ziggo.nl; c@kpnmail.nl' }], cc: [], bcc: [] });
    expect(list.map((r) => r.address)).toEqual(['a@gmail.com', 'b@ziggo.nl', 'c@kpnmail.nl']);
  });

  it('skips entries without an address and tolerates missing fields', () => {
    const message = { to: [null, { name: 'only a name', address: '' }, { address: 'x@acme.nl' }], cc: undefined, bcc: [] } as never;
    expect(collectRecipients(message).map((r) => r.address)).toEqual(['x@acme.nl']);
  });
});

describe('masking', () => {
  it.each([
    ['jan.devries@gmail.com', 'j***@gmail.com'],
    ['a@acme.nl', 'a***@acme.nl'],
    ['noat', '***'],
  ])('%s -> %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });

  it('lists a few and counts the rest', () => {
    expect(maskedList(['a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl', 'e@x.nl'])).toBe('a***@x.nl, b***@x.nl, c***@x.nl +2 more');
    expect(maskedList(['a@x.nl'])).toBe('a***@x.nl');
  });
});

describe('splitDomain', () => {
  it.each([
    ['acme.nl', 'acme', 'nl', 'acme.nl'],
    ['mail.student.hva.nl', 'hva', 'nl', 'hva.nl'],
    ['nhs.net', 'nhs', 'net', 'nhs.net'],
    ['example.co.uk', 'example', 'co.uk', 'example.co.uk'],
    ['mail.example.co.uk', 'example', 'co.uk', 'example.co.uk'],
    ['co.uk', 'co', 'uk', 'co.uk'],
    ['.acme..nl.', 'acme', 'nl', 'acme.nl'],
    ['localhost', 'localhost', '', 'localhost'],
  ])('%s -> %s . %s', (domain, name, suffix, registrable) => {
    expect(splitDomain(domain)).toEqual({ name, suffix, registrable });
  });
});
