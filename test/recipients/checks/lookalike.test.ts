import { domainToASCII } from 'url';
import type { Finding } from '../../../src/model/finding';
import { collectRecipients } from '../../../src/recipients/domains/address';
import { KNOWN_ORGANISATION_DOMAINS, PERSONAL_MAIL_DOMAINS } from '../../../src/recipients/domains/domain-lists';
import { DomainClassifier } from '../../../src/recipients/domains/domains';
import { findLookalikeDomains } from '../../../src/recipients/checks/lookalike';

const SENDER = 'medewerker@zorggroep-oost.nl';

interface Setup {
  internal?: string[];
  trusted?: string[];
  sender?: string;
}

function lookalikes(addresses: string[], setup: Setup = {}): Finding[] {
  const recipients = collectRecipients({ to: addresses.map((address) => ({ address })), cc: [], bcc: [] });
  const classifier = new DomainClassifier({ internalDomains: setup.internal || [], trustedDomains: setup.trusted || [] }, setup.sender || SENDER);
  return findLookalikeDomains(recipients, classifier);
}

/** Cyrillic/Greek spelled domain as punycode, the way Outlook hands it over. */
const idn = (unicode: string) => domainToASCII(unicode);

// [recipients, setup, the flagged domain, resembles, confidence, words in the evidence]
const POSITIVES: [string[], Setup, string, string, string, string][] = [
  // Personal mail providers: single edits
  [['jan@gmial.com'], {}, 'gmial.com', 'gmail.com', 'high', 'swapped'],
  [['jan@gmai.com'], {}, 'gmai.com', 'gmail.com', 'high', 'missing'],
  [['jan@gmaill.com'], {}, 'gmaill.com', 'gmail.com', 'high', 'extra'],
  [['jan@gmsil.com'], {}, 'gmsil.com', 'gmail.com', 'high', "'s' for 'a'"],
  [['jan@gnail.com'], {}, 'gnail.com', 'gmail.com', 'high', "'n' for 'm'"],
  [['ria@hotmial.com'], {}, 'hotmial.com', 'hotmail.com', 'high', 'swapped'],
  [['ria@hotmai.com'], {}, 'hotmai.com', 'hotmail.com', 'high', 'missing'],
  [['ria@hotmaill.nl'], {}, 'hotmaill.nl', 'hotmail.nl', 'high', 'extra'],
  [['ria@homail.com'], {}, 'homail.com', 'hotmail.com', 'high', 'missing'],
  [['ria@outlok.com'], {}, 'outlok.com', 'outlook.com', 'high', 'missing'],
  [['ria@outloook.com'], {}, 'outloook.com', 'outlook.com', 'high', 'extra'],
  [['kees@zigo.nl'], {}, 'zigo.nl', 'ziggo.nl', 'high', 'missing'],
  [['kees@ziggoo.nl'], {}, 'ziggoo.nl', 'ziggo.nl', 'high', 'extra'],
  [['kees@kpnmial.nl'], {}, 'kpnmial.nl', 'kpnmail.nl', 'high', 'swapped'],
  [['kees@kpmail.nl'], {}, 'kpmail.nl', 'kpnmail.nl', 'high', 'missing'],
  [['kees@xs4al.nl'], {}, 'xs4al.nl', 'xs4all.nl', 'high', 'missing'],
  [['kees@hetnett.nl'], {}, 'hetnett.nl', 'hetnet.nl', 'high', 'extra'],
  [['kees@iclould.com'], {}, 'iclould.com', 'icloud.com', 'high', 'extra'],
  [['kees@yahooo.com'], {}, 'yahooo.com', 'yahoo.com', 'high', 'extra'],
  [['kees@telfrot.nl'], {}, 'telfrot.nl', 'telfort.nl', 'high', 'swapped'],
  [['kees@planett.nl'], {}, 'planett.nl', 'planet.nl', 'high', 'extra'],
  [['kees@upcmial.nl'], {}, 'upcmial.nl', 'upcmail.nl', 'high', 'swapped'],
  // Providers: visual swaps
  [['jan@gmai1.com'], {}, 'gmai1.com', 'gmail.com', 'high', "'1' for 'l'"],
  [['jan@grnail.com'], {}, 'grnail.com', 'gmail.com', 'high', "'rn' for 'm'"],
  [['jan@hotrnail.com'], {}, 'hotrnail.com', 'hotmail.com', 'high', "'rn' for 'm'"],
  [['jan@grnial.com'], {}, 'grnial.com', 'gmail.com', 'high', 'look-alike characters'],
  [['jan@h0tmail.com'], {}, 'h0tmail.com', 'hotmail.com', 'high', "'0' for 'o'"],
  [['jan@outl0ok.com'], {}, 'outl0ok.com', 'outlook.com', 'high', "'0' for 'o'"],
  [['jan@zlggo.nl'], {}, 'zlggo.nl', 'ziggo.nl', 'high', "'l' for 'i'"],
  [['jan@icIoud.com'], {}, 'icioud.com', 'icloud.com', 'high', "'i' for 'l'"],
  [['jan@iload.com'.replace('load', 'cloud').replace('c', 'cl')], {}, 'iclloud.com', 'icloud.com', 'high', 'extra'],
  // Providers: the same name under another (or a mistyped) top-level domain
  [['jan@gmail.co'], {}, 'gmail.co', 'gmail.com', 'high', 'mistyped ending .co'],
  [['jan@gmail.con'], {}, 'gmail.con', 'gmail.com', 'high', 'mistyped ending .con'],
  [['jan@hotmail.cm'], {}, 'hotmail.cm', 'hotmail.com', 'high', 'mistyped ending .cm'],
  [['jan@ziggo.nll'], {}, 'ziggo.nll', 'ziggo.nl', 'high', 'mistyped ending .nll'],
  [['jan@ziggo.com'], {}, 'ziggo.com', 'ziggo.nl', 'medium', 'other ending .com instead of .nl'],
  [['jan@gmail.nl'], {}, 'gmail.nl', 'gmail.com', 'medium', 'other ending .nl instead of .com'],
  [['jan@kpnmail.com'], {}, 'kpnmail.com', 'kpnmail.nl', 'medium', 'other ending'],
  [['jan@xs4all.com'], {}, 'xs4all.com', 'xs4all.nl', 'medium', 'other ending'],
  [['jan@icloud.nl'], {}, 'icloud.nl', 'icloud.com', 'medium', 'other ending'],
  [['jan@home.nll'], {}, 'home.nll', 'home.nl', 'medium', 'mistyped ending .nll'],
  // IDN homographs (punycode) of providers
  [['jan@' + idn('gmаil.com')], {}, idn('gmаil.com'), 'gmail.com', 'high', 'international letters'],
  [['jan@' + idn('hοtmail.com')], {}, idn('hοtmail.com'), 'hotmail.com', 'high', 'international letters'],
  [['jan@' + idn('ziggо.nl')], {}, idn('ziggо.nl'), 'ziggo.nl', 'high', 'international letters'],
  [['jan@' + idn('оutlооk.com')], {}, idn('оutlооk.com'), 'outlook.com', 'high', 'international letters'],
  [['jan@' + idn('ісlоud.com')], {}, idn('ісlоud.com'), 'icloud.com', 'high', 'international letters'],
  [['jan@gmаil.com'], {}, 'gmаil.com', 'gmail.com', 'high', 'international letters'],
  [['jan@' + idn('gmäil.com')], {}, idn('gmäil.com'), 'gmail.com', 'high', 'international letters'],
  [['jan@' + idn('ziggö.nl')], {}, idn('ziggö.nl'), 'ziggo.nl', 'high', 'international letters'],
  [['jan@hotmail.co.uk'.replace('hotmail', 'hotmial')], {}, 'hotmial.co.uk', 'hotmail.co.uk', 'high', 'swapped'],
  // The user's own organisation (sender's domain by default, or the policy's internal domains)
  [['a@zorggroep-oots.nl'], {}, 'zorggroep-oots.nl', 'zorggroep-oost.nl', 'high', 'swapped'],
  [['a@zorggroepoost.nl'], {}, 'zorggroepoost.nl', 'zorggroep-oost.nl', 'high', 'hyphen missing'],
  [['a@zorgroep-oost.nl'], {}, 'zorgroep-oost.nl', 'zorggroep-oost.nl', 'high', 'missing'],
  [['a@zorggroep-0ost.nl'], {}, 'zorggroep-0ost.nl', 'zorggroep-oost.nl', 'high', "'0' for 'o'"],
  [['a@zorggroep-oost.com'], {}, 'zorggroep-oost.com', 'zorggroep-oost.nl', 'medium', 'other ending .com'],
  [['a@zorggroep-oost.nl.com'.replace('.nl.com', '.co')], {}, 'zorggroep-oost.co', 'zorggroep-oost.nl', 'medium', 'other ending'],
  [['a@zorggroep-oost.ni'], {}, 'zorggroep-oost.ni', 'zorggroep-oost.nl', 'high', 'mistyped ending .ni'],
  [['a@' + idn('zorggrоep-oost.nl')], {}, idn('zorggrоep-oost.nl'), 'zorggroep-oost.nl', 'high', 'international letters'],
  [['b@gemeente-utrect.nl'], { internal: ['gemeente-utrecht.nl'] }, 'gemeente-utrect.nl', 'gemeente-utrecht.nl', 'high', 'missing'],
  [['b@gemeente-utrecht.com'], { internal: ['gemeente-utrecht.nl'] }, 'gemeente-utrecht.com', 'gemeente-utrecht.nl', 'medium', 'other ending'],
  [['b@gemeenteutrecht.nl'], { internal: ['gemeente-utrecht.nl'] }, 'gemeenteutrecht.nl', 'gemeente-utrecht.nl', 'high', 'hyphen missing'],
  [['b@rabobamk.nl'], { sender: 'jan@rabobank.nl' }, 'rabobamk.nl', 'rabobank.nl', 'high', "'m' for 'n'"],
  [['b@rab0bank.nl'], { sender: 'jan@rabobank.nl' }, 'rab0bank.nl', 'rabobank.nl', 'high', "'0' for 'o'"],
  [['b@' + idn('rabоbank.nl')], { sender: 'jan@rabobank.nl' }, idn('rabоbank.nl'), 'rabobank.nl', 'high', 'international letters'],
  [['b@belastingdienst.nI'], { sender: 'jan@belastingdienst.nl' }, 'belastingdienst.ni', 'belastingdienst.nl', 'high', 'mistyped ending'],
  [['b@belastingdiens.nl'], { sender: 'jan@belastingdienst.nl' }, 'belastingdiens.nl', 'belastingdienst.nl', 'high', 'missing'],
  [['b@mail.belastingdlenst.nl'], { sender: 'jan@belastingdienst.nl' }, 'belastingdlenst.nl', 'belastingdienst.nl', 'high', "'l' for 'i'"],
  [['b@umcutrect.nl'], { internal: ['umcutrecht.nl', 'umcu.nl'] }, 'umcutrect.nl', 'umcutrecht.nl', 'high', 'missing'],
  [['b@amsterdarn.nl'], { sender: 'x@amsterdam.nl' }, 'amsterdarn.nl', 'amsterdam.nl', 'high', "'rn' for 'm'"],
  [['b@rnicrosoft.com'], { trusted: ['microsoft.com'] }, 'rnicrosoft.com', 'microsoft.com', 'high', "'rn' for 'm'"],
  // Well-known Dutch organisations the user may never have mailed: look-alike characters, other scripts, mistyped endings
  [['a@rab0bank.nl'], {}, 'rab0bank.nl', 'rabobank.nl', 'medium', "'0' for 'o'"],
  [['a@' + idn('rаbobank.nl')], {}, idn('rаbobank.nl'), 'rabobank.nl', 'high', 'international letters'],
  [['a@belastingdienst.nI'], {}, 'belastingdienst.ni', 'belastingdienst.nl', 'medium', 'mistyped ending .ni'],
  [['a@abnamro.con'], {}, 'abnamro.con', 'abnamro.com', 'medium', 'mistyped ending .con'],
  [['a@rijksoverheld.nl'], {}, 'rijksoverheld.nl', 'rijksoverheid.nl', 'medium', "'l' for 'i'"],
  [['a@arnhern.nl'], {}, 'arnhern.nl', 'arnhem.nl', 'medium', "'rn' for 'm'"],
  [['a@p0stnl.nl'], {}, 'p0stnl.nl', 'postnl.nl', 'medium', "'0' for 'o'"],
  [['a@dlgid.nl'], {}, 'dlgid.nl', 'digid.nl', 'medium', "'l' for 'i'"],
  [['a@' + idn('digіd.nl')], {}, idn('digіd.nl'), 'digid.nl', 'high', 'international letters'],
  [['a@zivver.co'], { trusted: ['zivver.com'] }, 'zivver.co', 'zivver.com', 'high', 'mistyped ending .co'],
  [['a@zivver.nl'], { trusted: ['zivver.com'] }, 'zivver.nl', 'zivver.com', 'medium', 'other ending .nl instead of .com'],
  // Trusted partners
  [['a@jeugdzorg-utrech.nl'], { trusted: ['jeugdzorg-utrecht.nl'] }, 'jeugdzorg-utrech.nl', 'jeugdzorg-utrecht.nl', 'high', 'missing'],
  [['a@salarisbureau-noord.com'], { trusted: ['salarisbureau-noord.nl'] }, 'salarisbureau-noord.com', 'salarisbureau-noord.nl', 'medium', 'other ending'],
  [['a@' + idn('аррӏе.com')], { trusted: ['apple.com'] }, idn('аррӏе.com'), 'apple.com', 'high', 'international letters'],
  [['a@payrolpartner.nl'], { trusted: ['payrollpartner.nl'] }, 'payrolpartner.nl', 'payrollpartner.nl', 'high', 'missing'],
  [['a@vvoonzorg.nl'], { trusted: ['woonzorg.nl'] }, 'vvoonzorg.nl', 'woonzorg.nl', 'high', "'vv' for 'w'"],
  [['a@cliniek-west.nl'.replace('cl', 'd')], { trusted: ['clniek-west.nl'.replace('cln', 'clin')] }, 'diniek-west.nl', 'cliniek-west.nl', 'high', "'d' for 'cl'"],
  // Another recipient's domain in the same message: the one with more recipients is the real one
  [['a@bakkerij-devries.nl', 'b@bakkerij-devries.nl', 'c@bakkerij-devreis.nl'], {}, 'bakkerij-devreis.nl', 'bakkerij-devries.nl', 'medium', 'swapped'],
  [['a@gemeente-utrecht.nl', 'b@gemeente-utrecht.nl', 'c@gemeente-utrect.nl'], {}, 'gemeente-utrect.nl', 'gemeente-utrecht.nl', 'medium', 'missing'],
  [['a@notariskantoor-smit.nl', 'b@notariskantoor-smlt.nl'], {}, 'notariskantoor-smlt.nl', 'notariskantoor-smit.nl', 'medium', "'l' for 'i'"],
  [['a@advocaten-jansen.nl', 'b@advocaten-jansen.nl', 'c@advocaten-jansen.nI'], {}, 'advocaten-jansen.ni', 'advocaten-jansen.nl', 'medium', 'mistyped ending'],
  [['b@acme.co', 'a@acme.com'], {}, 'acme.co', 'acme.com', 'medium', 'mistyped ending .co'],
  [['a@stichting-horizon.nl', 'b@stichting-horizon.nl', 'c@stichting-horizon.com'], {}, 'stichting-horizon.com', 'stichting-horizon.nl', 'low', 'other ending'],
  [['a@huisartsen-centrum.nl', 'b@' + idn('huisartsen-сentrum.nl')], {}, idn('huisartsen-сentrum.nl'), 'huisartsen-centrum.nl', 'high', 'international letters'],
];

describe('lookalike-domain: catches imitations', () => {
  it.each(POSITIVES)('%j %j -> flags the look-alike', (addresses, setup, flagged, resembles, confidence, words) => {
    const findings = lookalikes(addresses, setup);
    expect(findings).toHaveLength(1);
    const finding = findings[0];
    expect(finding.detector).toBe('lookalike-domain');
    expect(finding.resembles).toBe(resembles);
    expect(finding.confidence).toBe(confidence);
    expect(finding.evidence).toContain(flagged + ' looks like ' + resembles);
    expect(finding.evidence).toContain(words);
    expect(finding.location).toEqual({ part: 'recipients' });
    expect(finding.recipients!.every((a) => a.endsWith('@' + flagged) || a.endsWith('.' + flagged))).toBe(true);
    expect(finding.count).toBe(finding.recipients!.length);
    // Addresses in evidence are masked.
    for (const a of addresses) expect(finding.evidence).not.toContain(a.split('@')[0] + '@');
  });
});

// [recipients, setup, why it is not a finding]
const NEAR_MISSES: [string[], Setup, string][] = [
  [['jan@gmail.com', 'piet@hotmail.com', 'kees@ziggo.nl'], {}, 'exactly the providers'],
  [['jan@GMAIL.COM.'], {}, 'the provider in capitals with a trailing dot'],
  [['a@mail.zorggroep-oost.nl', 'b@zorggroep-oost.nl'], {}, 'internal and its subdomain'],
  [['a@acme.nl'], {}, 'a plainly different name'],
  [['a@gemeente-amersfoort.nl'], { internal: ['gemeente-utrecht.nl'] }, 'another municipality'],
  [['a@ing.com'], { sender: 'x@ing.nl' }, 'ING under both of its real domains'],
  [['a@ing.nl', 'b@ing.com', 'c@ing.com'], {}, 'ING under both of its real domains, as recipients'],
  [['a@kpn.com'], { sender: 'x@kpnmail.nl' }, 'KPN the company and its mail domain'],
  [['a@minbzk.nl', 'b@minezk.nl', 'c@minezk.nl'], {}, 'two real ministries one letter apart'],
  [['a@minezk.nl'], { sender: 'x@minbzk.nl' }, 'two real ministries one letter apart, one internal'],
  [['a@philips.com', 'b@philips.nl', 'c@philips.nl'], {}, 'one company, two real domains'],
  [['a@abnamro.com'], { sender: 'x@abnamro.nl' }, 'one bank, two real domains'],
  [['a@hotmail.nl', 'b@hotmail.com', 'c@hotmail.be', 'd@live.nl', 'e@live.com', 'f@live.be'], {}, 'real Microsoft mail domains'],
  [['a@yahoo.nl', 'b@yahoo.com', 'c@ymail.com'], {}, 'real Yahoo mail domains'],
  [['a@uva.nl', 'b@hva.nl', 'c@vu.nl', 'd@uu.nl', 'e@hu.nl'], {}, 'universities with short similar names'],
  [['a@asnbank.nl', 'b@snsbank.nl', 'c@snsbank.nl'], {}, 'two real banks'],
  [['a@umcg.nl', 'b@mumc.nl', 'c@lumc.nl', 'd@umcutrecht.nl'], {}, 'university hospitals'],
  [['a@planet.com', 'b@delta.com', 'c@orange.com', 'd@online.com', 'e@home.com'], {}, 'common-word provider names under other endings'],
  [['a@abc.nl'], { sender: 'x@abd.nl' }, 'short names one letter apart'],
  [['a@hone.nl'], {}, 'short name one letter from home.nl'],
  [['a@basisschool1.nl', 'b@basisschool2.nl', 'c@basisschool2.nl'], {}, 'numbered siblings'],
  [['a@ggd3.nl'], { trusted: ['ggd4.nl'] }, 'numbered siblings, one trusted'],
  [['a@groep12.nl', 'b@groep12.nl', 'c@groep21.nl', 'd@groep2.nl'], {}, 'numbered siblings with swapped or missing digits'],
  [['a@rheden.nl', 'b@rhenen.nl'], {}, 'two real municipalities one letter apart, one address each'],
  [['a@bakker.nl', 'b@bakker.com'], {}, 'a common surname under two endings'],
  [['a@acme.com', 'b@acme.com'], { trusted: ['acme-partners.nl'] }, 'trusted name with more than one edit'],
  [['a@zorggroep-oost.nl'], { sender: 'x@gmail.com' }, 'sender on a provider: no internal domain, plain domain'],
  [['a@jeugdzorg-utrecht.nl'], { trusted: ['jeugdzorg-utrecht.nl'] }, 'exactly the trusted domain'],
  [['a@team.jeugdzorg-utrecht.nl'], { trusted: ['jeugdzorg-utrecht.nl'] }, 'a subdomain of the trusted domain'],
  [['a@' + idn('bücher.de')], {}, 'a real international name that imitates nothing'],
  [['a@rabobanq.nl', 'b@belastingdienst.com', 'c@uwv.com', 'd@minvws.com'], {}, 'one edit or another ending from a listed organisation nobody in the message uses'],
  [['a@lng.nl', 'b@0m.nl'], {}, 'look-alike characters in very short listed names'],
  [['a@mijnoverhied.nl', 'b@postnl.com'], {}, 'a swap in a listed name, a listed name under another real ending'],
  [['a@' + idn('münchen.de'), 'b@' + idn('münchen.de')], {}, 'the same international domain twice'],
];

describe('lookalike-domain: near misses are not findings', () => {
  it.each(NEAR_MISSES)('%j %j (%s)', (addresses, setup) => {
    expect(lookalikes(addresses, setup)).toEqual([]);
  });
});

/** Real Dutch organisations that are NOT in our lists: the check must not call any of them a look-alike of another or of a provider. */
const UNLISTED_DUTCH_DOMAINS = [
  // water boards
  'hhnk.nl', 'hhsk.nl', 'hdsr.nl', 'wetterskipfryslan.nl', 'waternet.nl', 'rijnland.net', 'aaenmaas.nl', 'dommel.nl',
  'brabantsedelta.nl', 'vechtstromen.nl', 'wdodelta.nl', 'zuiderzeeland.nl', 'hunzeenaas.nl', 'noorderzijlvest.nl',
  'vallei-veluwe.nl', 'rijnenijssel.nl', 'wsrl.nl', 'scheldestromen.nl', 'waterschaplimburg.nl', 'wshd.nl',
  // housing associations
  'eigenhaard.nl', 'rochdale.nl', 'stadgenoot.nl', 'havensteder.nl', 'woonstadrotterdam.nl', 'staedion.nl', 'mitros.nl',
  'bo-ex.nl', 'woonzorg.nl', 'wonenlimburg.nl', 'woonbedrijf.com', 'trudo.nl', 'vidomes.nl', 'wooninc.nl',
  // smaller municipalities
  'bunnik.nl', 'houten.nl', 'nieuwegein.nl', 'ijsselstein.nl', 'woerden.nl', 'montfoort.nl', 'lopik.nl',
  'vijfheerenlanden.nl', 'stichtsevecht.nl', 'debilt.nl', 'baarn.nl', 'soest.nl', 'leusden.nl', 'renswoude.nl',
  'rhenen.nl', 'rheden.nl', 'wijkbijduurstede.nl', 'heuvelrug.nl', 'eemnes.nl', 'bunschoten.nl', 'woudenberg.nl',
  'oudewater.nl', 'rijswijk.nl', 'lv.nl', 'wassenaar.nl', 'voorschoten.nl', 'pijnacker-nootdorp.nl', 'lansingerland.nl',
  'zuidplas.nl', 'waddinxveen.nl', 'bodegraven-reeuwijk.nl', 'alphenaandenrijn.nl', 'kaagenbraassem.nl', 'teylingen.nl',
  'noordwijk.nl', 'hillegom.nl', 'lisse.nl', 'oegstgeest.nl', 'leiderdorp.nl', 'zoeterwoude.nl', 'hattem.nl', 'epe.nl',
  'heerde.nl', 'olst-wijhe.nl', 'raalte.nl', 'dalfsen.nl', 'ommen.nl', 'hardenberg.nl', 'staphorst.nl', 'steenwijkerland.nl',
  // hospitals
  'spaarnegasthuis.nl', 'meandermc.nl', 'gelreziekenhuizen.nl', 'jbz.nl', 'etz.nl', 'amphia.nl', 'mmc.nl', 'elkerliek.nl',
  'zuyderland.nl', 'viecuri.nl', 'laurentius.nl', 'treant.nl', 'martiniziekenhuis.nl', 'mcl.nl', 'tjongerschans.nl',
  'dijklander.nl', 'nwz.nl', 'rkz.nl', 'bravis.nl', 'adrz.nl', 'ikazia.nl', 'franciscus.nl', 'asz.nl', 'groenehart.nl',
  'alrijne.nl', 'reinierdegraaf.nl', 'hagaziekenhuis.nl', 'tergooi.nl', 'flevoziekenhuis.nl', 'maartenskliniek.nl',
  'slingeland.nl', 'skb.nl', 'geldersevallei.nl', 'zha.nl', 'bovenij.nl', 'zaansmc.nl', 'ziekenhuisrivierenland.nl',
  // colleges
  'scalda.nl', 'curio.nl', 'aventus.nl', 'landstede.nl', 'noorderpoort.nl', 'drenthecollege.nl', 'novacollege.nl',
  'horizoncollege.nl', 'rijnijssel.nl', 'gildeopleidingen.nl', 'vistacollege.nl', 'hmcollege.nl', 'mboutrecht.nl',
  'kw1c.nl', 'koningwillemi.nl', 'roc-dev.com', 'rocwb.nl', 'firda.nl', 'mediacollege.nl',
  // firms and services
  'loyensloeff.com', 'debrauw.com', 'houthoff.com', 'stibbe.com', 'nautadutilh.com', 'cms.law', 'dentons.com',
  'coolblue.be', 'wehkamp.nl', 'zalando.nl', 'thuisbezorgd.nl', 'picnic.app', 'vandebron.nl', 'budgetthuis.nl',
  'centraal.nl', 'mijnzorgverzekeraar.nl', 'independer.nl', 'funda.nl', 'pararius.nl', 'werk.nl', 'intermediair.nl',
];

describe('lookalike-domain: a negative set of real Dutch domains', () => {
  it('does not flag any listed real domain, all in one message, against each other or the providers', () => {
    const all = [...PERSONAL_MAIL_DOMAINS, ...KNOWN_ORGANISATION_DOMAINS].map((d, i) => 'p' + i + '@' + d);
    expect(lookalikes(all)).toEqual([]);
  });

  it('does not flag any listed real domain when each one is the internal domain', () => {
    const all = KNOWN_ORGANISATION_DOMAINS.map((d, i) => 'p' + i + '@' + d);
    for (const internal of KNOWN_ORGANISATION_DOMAINS.slice(0, 60)) {
      expect(lookalikes(all, { internal: [internal] })).toEqual([]);
    }
  });

  it('does not flag real domains that are not in our lists, all in one message', () => {
    const all = UNLISTED_DUTCH_DOMAINS.map((d, i) => 'p' + i + '@' + d);
    expect(lookalikes(all).map((f) => f.evidence)).toEqual([]);
  });

  it('does not flag unlisted real domains against the listed ones, in one message', () => {
    const all = [...UNLISTED_DUTCH_DOMAINS, ...KNOWN_ORGANISATION_DOMAINS, ...PERSONAL_MAIL_DOMAINS].map((d, i) => 'p' + i + '@' + d);
    expect(lookalikes(all).map((f) => f.evidence)).toEqual([]);
  });

  it('still flags a typo in the middle of that crowd', () => {
    const all = [...UNLISTED_DUTCH_DOMAINS, ...KNOWN_ORGANISATION_DOMAINS].map((d, i) => 'p' + i + '@' + d);
    const findings = lookalikes([...all, 'oops@gmial.com', 'x@belastingdienst.nI']);
    expect(findings.map((f) => f.resembles).sort()).toEqual(['belastingdienst.nl', 'gmail.com']);
  });
});

describe('lookalike-domain: one finding per look-alike domain', () => {
  it('groups the recipients of one look-alike domain and reports each look-alike separately', () => {
    const findings = lookalikes(['a@gmial.com', 'b@gmial.com', 'c@ziggo.com', 'd@gmail.com']);
    expect(findings).toHaveLength(2);
    const gmial = findings.find((f) => f.resembles === 'gmail.com')!;
    expect(gmial.recipients).toEqual(['a@gmial.com', 'b@gmial.com']);
    expect(gmial.count).toBe(2);
    expect(findings.find((f) => f.resembles === 'ziggo.nl')!.recipients).toEqual(['c@ziggo.com']);
  });

  it('prefers the internal domain when a look-alike resembles several', () => {
    const findings = lookalikes(['a@gmial.com'], { internal: ['gmiall.com'] });
    expect(findings).toHaveLength(1);
    expect(findings[0].resembles).toBe('gmiall.com');
  });
});

describe('work only for external recipients', () => {
  test('a message to colleagues only builds no domain entries; one to an outside address does', async () => {
    // Fresh modules: the listed domains' entries are made once per runtime, on first need.
    await jest.isolateModulesAsync(async () => {
      const skeletons = await import('../../../src/recipients/domains/skeleton');
      const made = jest.spyOn(skeletons, 'skeleton');
      const { findLookalikeDomains: find } = await import('../../../src/recipients/checks/lookalike');
      const { DomainClassifier: Classifier } = await import('../../../src/recipients/domains/domains');
      const { collectRecipients: collect } = await import('../../../src/recipients/domains/address');
      const check = (addresses: string[]) =>
        find(collect({ to: addresses.map((address) => ({ address })), cc: [], bcc: [] }), new Classifier({ internalDomains: [], trustedDomains: [] }, SENDER));
      expect(check(['collega@zorggroep-oost.nl', 'ander@zorggroep-oost.nl'])).toEqual([]);
      expect(made).not.toHaveBeenCalled();
      expect(check(['collega@zorggroep-oost.nl', 'jan@gmial.com']).map((f) => f.resembles)).toEqual(['gmail.com']);
      expect(made.mock.calls.length).toBeGreaterThan(KNOWN_ORGANISATION_DOMAINS.length);
    });
  });
});
