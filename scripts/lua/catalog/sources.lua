-- The references a debrief can cite. Ids follow the project's content brief. The url is the
-- publisher's own page for the document wherever one was found; where none was, it is still the
-- address the brief gives, and `senales check` says so (source-not-publisher). Titles are short
-- descriptions, not always the exact title. A year is given only where the document shows one:
-- undated web pages and continuously edited encyclopedia articles have none (incomplete-source).

return {
  -- The documents this project started from (brief section 0; once lumped together as "S").
  source "S1" {
    title = "US Embassy Guatemala, cable 08GUATEMALA327: Guatemala's input for the 2008 Trafficking in Persons report (13 March 2008; made public by WikiLeaks in 2011)",
    publisher = "WikiLeaks",
    year = 2008,
    url = "https://www.wikileaks.org/plusd/cables/08GUATEMALA327.html",
  },
  source "S2" {
    title = "Encyclopedia article: Sex trafficking in Guatemala",
    publisher = "Wikipedia",
    url = "https://en.wikipedia.org/wiki/Sex_trafficking_in_Guatemala",
  },
  source "S3" {
    title = "Encyclopedia article: Sex trafficking in Central America",
    publisher = "Wikipedia",
    url = "https://en.wikipedia.org/wiki/Sex_trafficking_in_Central_America",
  },
  source "S4" {
    title = "Encyclopedia article: Sex trafficking in Mexico",
    publisher = "Wikipedia",
    url = "https://en.wikipedia.org/wiki/Sex_trafficking_in_Mexico",
  },
  source "S5" {
    title = "US Department of State, 2025 Trafficking in Persons Report (its Guatemala chapter, first read through a press summary)",
    publisher = "US Department of State",
    year = 2025,
    url = "https://www.state.gov/reports/2025-trafficking-in-persons-report/",
  },

  source "1" {
    title = "UNODC: the Trafficking in Persons Protocol (Palermo Protocol, 2000) and its definition of trafficking",
    publisher = "UNODC",
    year = 2000,
    url = "https://www.unodc.org/unodc/en/human-trafficking/protocol.html",
  },
  source "2" {
    title = "UNODC Education for Justice, Organized Crime Module 3: trafficking in persons and smuggling of migrants",
    publisher = "UNODC",
    year = 2018,
    url = "https://www.unodc.org/e4j/en/organized-crime/module-3/key-issues/trafficking-in-persons.html",
  },
  source "3" {
    title = "IOM Moldova: counter-trafficking programme (trafficking and smuggling compared)",
    publisher = "IOM",
    url = "http://www.iom.md/index.php/en/programs/counter-trafficking/105",
  },
  source "5" {
    title = "ILO and European Commission: Operational Indicators of Trafficking in Human Beings (2009)",
    publisher = "ILO",
    year = 2009,
    url = "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm",
  },
  source "9" {
    title = "ILO Indicators of Forced Labour (booklet, 2012)",
    publisher = "ILO",
    year = 2012,
    url = "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_203832.pdf",
  },
  source "10" {
    title = "UNODC Education for Justice, Trafficking in Persons Module 6: indicators of trafficking in persons",
    publisher = "UNODC",
    year = 2019,
    url = "https://unodc.org/e4j/zh/tip-and-som/module-6/key-issues/indicators-of-trafficking-in-persons.html",
  },
  source "11" {
    title = "UNODC: Human trafficking indicators (leaflet)",
    publisher = "UNODC",
    url = "https://www.unodc.org/pdf/HT_indicators_E_LOWRES.pdf",
  },
  source "12" {
    title = "DHS Blue Campaign: indicators of human trafficking",
    publisher = "US Department of Homeland Security",
    url = "https://www.dhs.gov/blue-campaign/indicators-human-trafficking",
  },
  source "13" {
    title = "Polaris Project: common signs of human trafficking, as reproduced by The Gainesville Sun (2014)",
    publisher = "The Gainesville Sun",
    year = 2014,
    url = "http://www.gainesville.com/article/20140203/ARTICLES/140209903",
  },
  source "14" {
    title = "Polaris Project: understanding and recognizing labor trafficking",
    publisher = "Polaris Project",
    url = "https://polarisproject.org/labor-trafficking/",
  },
  source "15" {
    title = "How to identify a victim of sexual exploitation (2021; reproduces UNODC's indicators for sexual exploitation)",
    publisher = "end-trafficking.org",
    year = 2021,
    url = "https://end-trafficking.org/2021/02/18/how-to-identify-a-victim-sexual-exploitation/",
  },
  source "16" {
    title = "Blue Blindfold (Irish Department of Justice): child trafficking indicators",
    publisher = "Department of Justice, Ireland",
    url = "http://blueblindfold.gov.ie/en/bbf/pages/child_trafficking",
  },
  source "17" {
    title = "Counter Trafficking Data Collaborative (IOM data): labour exploitation in domestic work",
    publisher = "Counter Trafficking Data Collaborative",
    url = "https://ctdatacollaborative.org/story/sector-labour-exploitation-domestic-work",
  },
  source "18" {
    title = "Thomson Reuters Foundation (2018): grooming is gateway to child sex trafficking as 'seducing' moves online",
    publisher = "Reuters",
    year = 2018,
    url = "https://www.reuters.com/article/us-global-trafficking-technology-youth/grooming-is-gateway-to-child-sex-trafficking-as-seducing-moves-online-idUSKBN1JD00I",
  },
  source "20" {
    title = "La Voz de Michoacán: online romance and fake offers as recruitment methods",
    publisher = "La Voz de Michoacán",
    url = "https://lavozdemichoacan.com.mx/?p=1168416",
  },
  source "21" {
    title = "Hawaii Department of the Attorney General: Trafficking 101",
    publisher = "Hawaii Department of the Attorney General",
    url = "https://ag.hawaii.gov/traffickingprevention/trafficking101",
  },
  source "22" {
    title = "ECPAT UK: the challenges child victims face once identified (age assessment)",
    publisher = "ECPAT UK",
    url = "https://www.ecpat.org.uk/FAQs/what-challenges-do-child-victims-face-once-identified",
  },
  source "23" {
    title = "The New Humanitarian (2013): sex workers bear the brunt of the war on trafficking",
    publisher = "The New Humanitarian",
    year = 2013,
    url = "https://www.thenewhumanitarian.org/analysis/2013/09/03/sex-workers-bear-brunt-war-trafficking",
  },
  source "24" {
    title = "Ditmore and Thukral, Anti-Trafficking Review (2012): accountability and the use of raids to fight trafficking (from the Sex Workers Project's 2009 study of raids)",
    publisher = "Global Alliance Against Traffic in Women (Anti-Trafficking Review)",
    year = 2012,
    url = "https://antitraffickingreview.org/index.php/atrjournal/article/view/27",
  },
  source "25" {
    title = "OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (E/2002/68/Add.1), on OHCHR's trafficking publications page",
    publisher = "OHCHR",
    year = 2002,
    url = "https://www.ohchr.org/EN/Issues/Trafficking/TiP/Pages/Publications.aspx",
  },
  source "28" {
    title = "Molo Songololo resource manual setting out the WHO ethical and safety recommendations and interview practice",
    publisher = "Molo Songololo",
    url = "https://issuu.com/molosongololo/docs/resource-manual/24",
  },
  source "29" {
    title = "WHO Ethical and Safety Recommendations for Interviewing Trafficked Women (Zimmerman and Watts, 2003), in the La Strada International document centre",
    publisher = "WHO",
    year = 2003,
    url = "https://documentation.lastradainternational.org/doc-center/1120/who-ethical-and-safety-recommendations-for-interviewing-trafficked-women",
  },
  source "30" {
    title = "OVC TTAC Human Trafficking Task Force e-Guide: working with interpreters",
    publisher = "US Department of Justice, Office for Victims of Crime",
    url = "https://www.ovcttac.gov/taskforceguide/eguide/3-operating-a-task-force/34-addressing-common-operational-challenges/interpreters/",
  },
  source "31" {
    title = "Mass.gov guidance on preparing interviews with trafficking victims (setting and confidentiality)",
    publisher = "Commonwealth of Massachusetts",
    url = "https://www.mass.gov/lists/prepare---unpublished",
  },
  source "33" {
    title = "UNICEF Reference Guide on Protecting the Rights of Child Victims of Trafficking in Europe (2006; chapter 4: identification)",
    publisher = "UNICEF",
    year = 2006,
    url = "https://www.unicef.org/ceecis/protection_4440.html",
  },
  source "34" {
    title = "UNICEF Guidelines for the Protection of the Rights of Children Victims of Trafficking in Southeastern Europe (2003)",
    publisher = "UNICEF",
    year = 2003,
    url = "https://5y1.org/download/32e02eb728cfe93a609b818d0fcfb5d3.doc",
  },
  source "35" {
    title = "UNICEF Guidelines on the Protection of Child Victims of Trafficking (technical notes, 2006), in the La Strada International document centre",
    publisher = "UNICEF",
    year = 2006,
    url = "http://lastradainternational.org/doc-center/1117/guidelines-on-the-protection-of-child-victims-of-trafficking",
  },
  source "36" {
    title = "OSCE Special Representative (2013): policy and legislative recommendations on the non-punishment provision for victims of trafficking (La Strada International notice)",
    publisher = "OSCE",
    year = 2013,
    url = "https://lastradainternational.org/news-publications/new-publication-of-osce-sr",
  },
  source "37" {
    title = "OSCE press release (2014): OSCE and Council of Europe workshop for judges and prosecutors on the non-punishment principle",
    publisher = "OSCE",
    year = 2014,
    url = "https://osce.org/secretariat/125313",
  },
  source "38" {
    title = "OSCE/ODIHR: National Referral Mechanisms, Joining Efforts to Protect the Rights of Trafficked Persons. A Practical Handbook (2004)",
    publisher = "OSCE",
    year = 2004,
    url = "https://polis.osce.org/national-referral-mechanisms-joining-efforts-protect-rights-trafficked-persons-practical-handbook",
  },
  source "39" {
    title = "OSCE/ODIHR National Referral Mechanisms handbook, second edition (2022; launch notice)",
    publisher = "OSCE",
    year = 2022,
    url = "https://childx.se/en/new-edition-of-the-handbook-on-national-referral-mechanisms-from-osce-launched/",
  },
  source "43" {
    title = "6 Degrees: shame, stigma and why trafficking is never the victim's fault",
    publisher = "6 Degrees",
    url = "http://6degree.org/learn-why",
  },
  source "44" {
    title = "NEXUS Institute: assistance and reintegration of trafficking victims",
    publisher = "NEXUS Institute",
    url = "https://nexusinstitute.net/publications/assistance-and-reintegration-of-trafficking-victims/",
  },
  source "47" {
    title = "Guatemala, Decreto 9-2009: Ley contra la Violencia Sexual, Explotación y Trata de Personas (text of Articles 1-2 as given by UNESCO IIEP's SITEAL)",
    publisher = "Congreso de la República de Guatemala",
    year = 2009,
    url = "http://www.sipi.siteal.org/normativas/1322/decreto-ley-no-92009-ley-contra-la-violencia-sexual-explotacion-y-trata-de-personas",
  },
  source "51" {
    title = "US Department of State, 2018 Trafficking in Persons Report: Guatemala",
    publisher = "US Department of State",
    year = 2018,
    url = "https://www.state.gov/reports/2018-trafficking-in-persons-report/guatemala/",
  },
  source "52" {
    title = "US Department of State, 2019 Trafficking in Persons Report: Guatemala",
    publisher = "US Department of State",
    year = 2019,
    url = "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/guatemala/",
  },
  source "57" {
    title = "US Department of State, 2015 Trafficking in Persons Report: Guatemala (via ecoi.net)",
    publisher = "US Department of State",
    year = 2015,
    url = "https://www.ecoi.net/de/dokument/1320584.html",
  },
  source "59" {
    title = "Diario de Centro América: the PGN receives returned children at Tecún Umán",
    publisher = "Diario de Centro América",
    url = "https://dca.gob.gt/?p=466118",
  },
  source "61" {
    title = "SVET: basic action guide of the Immediate Response Team (ERI) for victims of trafficking in Guatemala (as published by IOM)",
    publisher = "SVET",
    url = "https://issuu.com./oimntca/docs/eri_mesoamerica_gt",
  },
  source "62" {
    title = "Emisoras Unidas (2019): US support for Guatemala's anti-trafficking prosecution unit",
    publisher = "Emisoras Unidas",
    year = 2019,
    url = "https://emisorasunidas.com/2019/04/10/ee-uu-apoyara-a-guatemala-para-crear-unidad-fiscal-de-trata-de-personas",
  },
  source "66" {
    title = "La Hora: job advertisements, job fairs and local radio as recruitment channels for trafficking",
    publisher = "La Hora",
    url = "https://hemeroteca.lahora.gt/clasificados-ferias-de-empleo-y-radios-locales-canales-de-captacion-para-victimas-de-trata",
  },
  source "67" {
    title = "La Gazzetta DF (2018): the so-called modern slaves in Guatemala",
    publisher = "La Gazzetta DF",
    year = 2018,
    url = "https://lagazzettadf.com/noticia/2018/07/30/los-llamados-esclavos-modernos-en-guatemala",
  },
  source "68" {
    title = "IOM San José blog: trafficking behind deceptive job offers, and how to recognise them",
    publisher = "IOM",
    url = "https://rosanjose.iom.int/site/es/blog/trata-de-personas-detras-de-ofertas-enganosas-como-reconocerlas?page=1",
  },
  source "72" {
    title = "Confidencial HN: Honduran trafficking victims found at the Huehuetenango border",
    publisher = "Confidencial HN",
    url = "https://confidencialhn.com/?p=21920",
  },
  source "77" {
    title = "Prensa Libre: trafficking in persons, a nightmare to wake up from",
    publisher = "Prensa Libre",
    url = "https://www.prensalibre.com/guatemala/comunitario/la-trata-de-personas-una-pesadilla-de-la-que-hay-que-despertar/",
  },
  source "85" {
    title = "Canterbury Christ Church University thesis: police officers' understanding of human trafficking in Kent",
    publisher = "Canterbury Christ Church University",
    url = "https://pure.canterbury.ac.uk/en/studentTheses/police-officers-understanding-of-human-trafficking-in-kent-invesi-2/",
  },
  source "90" {
    title = "STOP THE TRAFFIK: smuggling and trafficking, knowing the differences",
    publisher = "STOP THE TRAFFIK",
    url = "https://stopthetraffik.org/smuggling-trafficking-knowing-differences/",
  },
  source "91" {
    title = "OSCE: Trafficking in Human Beings, Identification of Potential and Presumed Victims. A Community Policing Approach (2011)",
    publisher = "OSCE",
    year = 2011,
    url = "https://polis.osce.org/trafficking-human-beings-identification-potential-and-presumed-victims-community-policing-approach",
  },

  source "41" {
    title = "CBSS Task Force against Trafficking and IOM Moldova: Handbook for Diplomatic and Consular Personnel on how to assist and protect victims of human trafficking (2011)",
    publisher = "Council of the Baltic Sea States",
    year = 2011,
    url = "https://cbss.org/publications/handbook-for-diplomatic-and-consular-personnel-on-how-to-assist-and-protect-victims-of-human-trafficking/",
  },
  source "60" {
    title = "Guatemala, Ministry of Foreign Affairs: interinstitutional protocol for repatriating victims of trafficking (January 2011)",
    publisher = "Ministerio de Relaciones Exteriores de Guatemala",
    year = 2011,
    url = "https://fdocuments.ec/document/protocolo-interinstitucional-para-la-repatriacin-de-igmgobgtwp-contentuploads201709protocolo-interinstitucional.html",
  },

  source "45" {
    title = "Human Trafficking Search: survivors' perspectives on successful reintegration after trafficking",
    publisher = "Human Trafficking Search",
    url = "https://humantraffickingsearch.org/resource/survivors-perspectives-on-successful-reintegration-after-trafficking",
  },
  source "46" {
    title = "International Review of Victimology (2021): relationships in the reintegration of trafficking survivors",
    publisher = "SAGE (International Review of Victimology)",
    year = 2021,
    url = "https://journals.sagepub.com/doi/10.1177/02697580211011445",
  },
}
