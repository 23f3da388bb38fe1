/**
 * Domain lists the recipient checks rely on. Plain data, one place, so admins and reviewers can
 * read exactly what counts as a personal mail provider and which real domains are never called
 * look-alikes.
 */

/**
 * Mail domains where private people have their personal address (consumer webmail and Dutch and
 * Belgian internet providers). Used by visible-recipients (personal addresses visible to each other)
 * and protected by lookalike-domain (a typo of gmail.com is the classic wrong-recipient mistake).
 */
export const PERSONAL_MAIL_DOMAINS: readonly string[] = [
  // International webmail
  'gmail.com', 'googlemail.com',
  'hotmail.com', 'hotmail.nl', 'hotmail.be', 'hotmail.co.uk', 'hotmail.de', 'hotmail.fr',
  'outlook.com', 'outlook.be', 'outlook.de', 'live.com', 'live.nl', 'live.be', 'live.co.uk', 'msn.com', 'windowslive.com',
  'icloud.com', 'me.com', 'mac.com',
  'yahoo.com', 'yahoo.nl', 'yahoo.be', 'yahoo.co.uk', 'yahoo.de', 'yahoo.fr', 'ymail.com', 'rocketmail.com',
  'aol.com', 'aol.nl', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 't-online.de', 'mail.com',
  'protonmail.com', 'proton.me', 'pm.me', 'tutanota.com', 'tuta.io', 'zoho.com', 'yandex.com', 'fastmail.com',
  // Dutch providers (current and legacy mail domains that people still use)
  'ziggo.nl', 'upcmail.nl', 'chello.nl', 'casema.nl', 'home.nl', 'quicknet.nl', 'zeelandnet.nl', 'caiway.nl',
  'kpnmail.nl', 'kpnplanet.nl', 'planet.nl', 'hetnet.nl', 'xs4all.nl', 'telfort.nl', 'tele2.nl', 'versatel.nl',
  'online.nl', 'freeler.nl', 'wanadoo.nl', 'orange.nl', 'solcon.nl', 'kabelfoon.nl', 'onsbrabantnet.nl', 'hccnet.nl',
  'tiscali.nl', 'zonnet.nl', '12move.nl', 'lycos.nl', 'delta.nl',
  // Belgian providers
  'telenet.be', 'skynet.be', 'proximus.be', 'scarlet.be', 'pandora.be',
];

/**
 * Real organisations' domains that are never reported as look-alikes, even when they sit one edit or
 * one top-level domain away from another real domain (minbzk.nl / minezk.nl, ing.nl / ing.com,
 * philips.nl / philips.com). Both sides of such pairs are real and legitimately different (or the same
 * organisation), so reporting them would teach users to ignore the check.
 *
 * Decisions documented in docs/detectors.md: kpn.com (the company) and kpnmail.nl (its mail) are both real and
 * far apart; ziggo.com, gmail.nl and hotmail.co are NOT listed: nobody has mail there, so an address at
 * one of them is almost surely a typo of the provider's mail domain and is reported.
 */
export const KNOWN_ORGANISATION_DOMAINS: readonly string[] = [
  // Central government, agencies, courts, police
  'rijksoverheid.nl', 'overheid.nl', 'government.nl', 'minaz.nl', 'minbzk.nl', 'minbuza.nl', 'mindef.nl', 'minezk.nl',
  'minfin.nl', 'minienw.nl', 'minjenv.nl', 'minlnv.nl', 'minocw.nl', 'minszw.nl', 'minvws.nl', 'minvro.nl', 'minkgg.nl',
  'belastingdienst.nl', 'toeslagen.nl', 'uwv.nl', 'svb.nl', 'duo.nl', 'cbs.nl', 'kvk.nl', 'rdw.nl', 'cak.nl', 'cjib.nl',
  'ind.nl', 'politie.nl', 'om.nl', 'rechtspraak.nl', 'autoriteitpersoonsgegevens.nl', 'digid.nl', 'mijnoverheid.nl',
  'logius.nl', 'rvig.nl', 'rvo.nl', 'rws.nl', 'rivm.nl', 'nza.nl', 'igj.nl', 'zorginstituutnederland.nl', 'cibg.nl',
  'knmi.nl', 'kadaster.nl', 'dji.nl', 'coa.nl', 'nvwa.nl', 'acm.nl', 'afm.nl', 'dnb.nl', 'nctv.nl', 'ncsc.nl',
  'tweedekamer.nl', 'eerstekamer.nl', 'raadvanstate.nl', 'rekenkamer.nl', 'nationaleombudsman.nl', 'defensie.nl',
  'vng.nl', 'ipo.nl', 'uvw.nl', 'ggdghor.nl', 'ggd.nl', 'ggdhm.nl', 'ggdhn.nl', 'ggdru.nl', 'veiligheidsregio.nl',
  // Municipalities and provinces
  'amsterdam.nl', 'rotterdam.nl', 'denhaag.nl', 'utrecht.nl', 'eindhoven.nl', 'groningen.nl', 'tilburg.nl', 'almere.nl',
  'breda.nl', 'nijmegen.nl', 'apeldoorn.nl', 'haarlem.nl', 'arnhem.nl', 'enschede.nl', 'amersfoort.nl', 'zaanstad.nl',
  's-hertogenbosch.nl', 'haarlemmermeer.nl', 'zwolle.nl', 'leiden.nl', 'zoetermeer.nl', 'maastricht.nl', 'dordrecht.nl',
  'ede.nl', 'emmen.nl', 'delft.nl', 'venlo.nl', 'deventer.nl', 'helmond.nl', 'oss.nl', 'heerlen.nl', 'alkmaar.nl',
  'hilversum.nl', 'leeuwarden.nl', 'sittard-geleen.nl', 'westland.nl', 'gouda.nl', 'purmerend.nl', 'roosendaal.nl',
  'schiedam.nl', 'vlaardingen.nl', 'lelystad.nl', 'almelo.nl', 'hengelo.nl', 'assen.nl', 'veenendaal.nl', 'zeist.nl',
  'katwijk.nl', 'nissewaard.nl', 'barneveld.nl', 'hoorn.nl', 'velsen.nl', 'bergenopzoom.nl', 'capelleaandenijssel.nl',
  'doetinchem.nl', 'harderwijk.nl', 'kampen.nl', 'weert.nl', 'roermond.nl', 'middelburg.nl', 'vlissingen.nl', 'terneuzen.nl',
  'goes.nl', 'den-helder.nl', 'denhelder.nl', 'heerhugowaard.nl', 'dijkenwaard.nl', 'tiel.nl', 'culemborg.nl', 'wageningen.nl',
  'gemeente-utrecht.nl', 'provincie-utrecht.nl', 'noord-holland.nl', 'zuid-holland.nl', 'gelderland.nl', 'brabant.nl',
  'limburg.nl', 'overijssel.nl', 'drenthe.nl', 'fryslan.frl', 'provinciegroningen.nl', 'flevoland.nl', 'zeeland.nl',
  // Banks, insurers, pensions, payments
  'ing.nl', 'ing.com', 'rabobank.nl', 'rabobank.com', 'abnamro.nl', 'abnamro.com', 'asnbank.nl', 'snsbank.nl',
  'regiobank.nl', 'devolksbank.nl', 'triodos.nl', 'triodos.com', 'knab.nl', 'bunq.com', 'nibud.nl', 'adyen.com',
  'achmea.nl', 'zilverenkruis.nl', 'cz.nl', 'vgz.nl', 'menzis.nl', 'dsw.nl', 'nn.nl', 'nn-group.com', 'asr.nl',
  'aegon.nl', 'aegon.com', 'centraalbeheer.nl', 'interpolis.nl', 'ohra.nl', 'fbto.nl', 'unive.nl', 'abp.nl', 'apg.nl',
  'pggm.nl', 'pfzw.nl', 'pmt.nl', 'pme.nl', 'bpfbouw.nl',
  // Healthcare
  'umcutrecht.nl', 'amsterdamumc.nl', 'erasmusmc.nl', 'lumc.nl', 'radboudumc.nl', 'umcg.nl', 'mumc.nl', 'isala.nl',
  'rijnstate.nl', 'catharinaziekenhuis.nl', 'antoniusziekenhuis.nl', 'mst.nl', 'zgt.nl', 'olvg.nl', 'hmc.nl',
  'haaglandenmc.nl', 'maasstadziekenhuis.nl', 'ggzcentraal.nl', 'parnassia.nl', 'arkin.nl', 'thuisarts.nl', 'nhg.org',
  'knmg.nl', 'sanquin.nl', 'nivel.nl', 'zorgverzekeraarsnederland.nl', 'buurtzorgnederland.com', 'lvvn.nl',
  // Universities, colleges, schools, education bodies
  'uva.nl', 'vu.nl', 'uu.nl', 'tudelft.nl', 'tue.nl', 'utwente.nl', 'wur.nl', 'rug.nl', 'ru.nl', 'eur.nl',
  'tilburguniversity.edu', 'maastrichtuniversity.nl', 'leidenuniv.nl', 'universiteitleiden.nl', 'ou.nl', 'hva.nl',
  'hu.nl', 'hhs.nl', 'hr.nl', 'han.nl', 'hanze.nl', 'saxion.nl', 'fontys.nl', 'avans.nl', 'windesheim.nl',
  'inholland.nl', 'zuyd.nl', 'nhlstenden.com', 'hz.nl', 'hsleiden.nl', 'hku.nl', 'ahk.nl', 'kennisnet.nl', 'surf.nl',
  'onderwijsinspectie.nl', 'mboraad.nl', 'vo-raad.nl', 'poraad.nl', 'rocva.nl', 'rocvantwente.nl', 'davinci.nl',
  'rocmondriaan.nl', 'albeda.nl', 'zadkine.nl', 'summacollege.nl', 'graafschapcollege.nl', 'deltion.nl', 'alfa-college.nl',
  // Companies and services Dutch office staff often mail
  'kpn.com', 'kpn.nl', 'vodafone.nl', 'vodafone.com', 'vodafoneziggo.com', 'odido.nl', 't-mobile.nl', 'simyo.nl',
  'ben.nl', 'youfone.nl', 'postnl.nl', 'ns.nl', 'prorail.nl', 'schiphol.nl', 'klm.com', 'klm.nl', 'anwb.nl',
  'bol.com', 'coolblue.nl', 'ah.nl', 'albertheijn.nl', 'ahold.com', 'jumbo.com', 'hema.nl', 'lidl.nl', 'aldi.nl',
  'marktplaats.nl', 'booking.com', 'philips.com', 'philips.nl', 'shell.com', 'shell.nl', 'asml.com', 'heineken.com',
  'unilever.com', 'eneco.nl', 'vattenfall.nl', 'essent.nl', 'greenchoice.nl', 'budgetenergie.nl', 'nos.nl', 'nu.nl',
  'telegraaf.nl', 'volkskrant.nl', 'nrc.nl', 'ad.nl', 'rtl.nl', 'randstad.nl', 'randstad.com', 'tempo-team.nl',
  'adp.com', 'afas.nl', 'visma.com', 'raet.com', 'youforce.nl', 'nmbrs.nl', 'exact.com', 'exact.nl', 'zivver.com',
  'microsoft.com', 'google.com', 'apple.com', 'amazon.com', 'linkedin.com', 'mailchimp.com', 'deloitte.nl',
  'pwc.com', 'kpmg.nl', 'kpmg.com', 'ey.com', 'bdo.nl', 'grantthornton.nl', 'mazars.nl', 'accountant.nl', 'nba.nl',
  'knb.nl', 'advocatenorde.nl', 'notaris.nl', 'woonbron.nl', 'ymere.nl', 'vestia.nl', 'portaal.nl', 'aedes.nl',
];
