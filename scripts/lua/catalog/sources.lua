-- The references a debrief can cite. Ids follow the project's content brief; the url is the first
-- address the brief gives for each. Titles are short descriptions, not always the exact title.

return {
  source "S" {
    title = "The project's source documents: US Embassy Guatemala cable 08GUATEMALA327 on the 2008 TIP report, encyclopedia articles on sex trafficking in Guatemala, Central America and Mexico, and a press summary of the 2025 TIP report for Guatemala",
    url = "",
  },
  source "1" {
    title = "UN.GIFT: what human trafficking is (Palermo Protocol definition)",
    url = "http://www.ungift.org/about/human-trafficking.html",
  },
  source "2" {
    title = "UNODC Education for Justice, Organized Crime Module 3: trafficking in persons",
    url = "https://sherloc.unodc.org/cld/ar/education/tertiary/organized-crime/module-3/key-issues/trafficking-in-persons.html",
  },
  source "3" {
    title = "IOM Moldova: counter-trafficking programme (trafficking and smuggling compared)",
    url = "http://www.iom.md/index.php/en/programs/counter-trafficking/105",
  },
  source "5" {
    title = "ILO and European Commission: Operational Indicators of Trafficking in Human Beings (2009)",
    url = "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm",
  },
  source "9" {
    title = "ILO Indicators of Forced Labour (copy of the ILO booklet)",
    url = "https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277",
  },
  source "10" {
    title = "UNODC Education for Justice, Trafficking in Persons Module 6: indicators of trafficking in persons",
    url = "https://unodc.org/e4j/zh/tip-and-som/module-6/key-issues/indicators-of-trafficking-in-persons.html",
  },
  source "11" {
    title = "UNODC human trafficking indicators (RISE Learning Network resource page)",
    url = "https://riselearningnetwork.org/resource/human-trafficking-indicators-unodc/",
  },
  source "12" {
    title = "DHS Blue Campaign indicators of human trafficking (as published by Dallas College Police)",
    url = "https://dallascollege.edu:443/police-safety/Pages/human-trafficking-awareness.aspx",
  },
  source "13" {
    title = "Polaris Project: common signs of human trafficking (press and NGO reproductions)",
    url = "http://www.gainesville.com/article/20140203/ARTICLES/140209903",
  },
  source "14" {
    title = "Polaris Project: labor trafficking",
    url = "https://polarisproject.org/labor-trafficking/",
  },
  source "15" {
    title = "End Trafficking: how to identify a victim of sexual exploitation (2021)",
    url = "https://end-trafficking.org/2021/02/18/how-to-identify-a-victim-sexual-exploitation/",
  },
  source "16" {
    title = "Blue Blindfold (Irish Department of Justice): child trafficking indicators",
    url = "http://blueblindfold.gov.ie/en/bbf/pages/child_trafficking",
  },
  source "17" {
    title = "Counter Trafficking Data Collaborative (IOM data): labour exploitation in domestic work",
    url = "https://ctdatacollaborative.org/story/sector-labour-exploitation-domestic-work",
  },
  source "18" {
    title = "Reuters, via VnExpress: grooming as the gateway to child sex trafficking as it moves online",
    url = "https://e.vnexpress.net/news/world/grooming-is-gateway-to-child-sex-trafficking-as-seducing-moves-online-3764738.html",
  },
  source "20" {
    title = "La Voz de Michoacán: online romance and fake offers as recruitment methods",
    url = "https://lavozdemichoacan.com.mx/?p=1168416",
  },
  source "21" {
    title = "Hawaii Department of the Attorney General: Trafficking 101",
    url = "https://ag.hawaii.gov/traffickingprevention/trafficking101",
  },
  source "22" {
    title = "ECPAT UK: the challenges child victims face once identified (age assessment)",
    url = "https://www.ecpat.org.uk/FAQs/what-challenges-do-child-victims-face-once-identified",
  },
  source "23" {
    title = "The New Humanitarian (2013): sex workers bear the brunt of the war on trafficking",
    url = "https://www.thenewhumanitarian.org/analysis/2013/09/03/sex-workers-bear-brunt-war-trafficking",
  },
  source "24" {
    title = "Sex Workers Project (2009): the use of raids to fight trafficking in persons",
    url = "https://docslib.org/doc/12532252/use-of-raids-to-fight-trafficking-in-persons-sex-workers-project-2009-about-the-author",
  },
  source "25" {
    title = "OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (E/2002/68/Add.1)",
    url = "https://645012.skal.fun/instree/traffickingGuidelinesHCHR.html",
  },
  source "28" {
    title = "Resource manual (Molo Songololo) setting out the WHO ethical and safety recommendations and interview practice",
    url = "https://issuu.com/molosongololo/docs/resource-manual/24",
  },
  source "29" {
    title = "WHO Ethical and Safety Recommendations for Interviewing Trafficked Women (Zimmerman and Watts, 2003)",
    url = "https://documentation.lastradainternational.org/doc-center/1120/who-ethical-and-safety-recommendations-for-interviewing-trafficked-women",
  },
  source "30" {
    title = "OVC TTAC Human Trafficking Task Force e-Guide: working with interpreters",
    url = "https://www.ovcttac.gov/taskforceguide/eguide/3-operating-a-task-force/34-addressing-common-operational-challenges/interpreters/",
  },
  source "31" {
    title = "Mass.gov guidance on preparing interviews with trafficking victims (setting and confidentiality)",
    url = "https://www.mass.gov/lists/prepare---unpublished",
  },
  source "33" {
    title = "UNICEF Reference Guide on Protecting the Rights of Child Victims of Trafficking, chapter 4: identification",
    url = "https://kipdf.com/identification-of-children-who-have-been-trafficked_5ab007a61723dd349c80bb38.html",
  },
  source "34" {
    title = "UNICEF Guidelines for the Protection of the Rights of Child Victims of Trafficking (2003)",
    url = "https://5y1.org/download/32e02eb728cfe93a609b818d0fcfb5d3.doc",
  },
  source "35" {
    title = "UNICEF Guidelines on the Protection of Child Victims of Trafficking (La Strada International document centre)",
    url = "http://lastradainternational.org/doc-center/1117/guidelines-on-the-protection-of-child-victims-of-trafficking",
  },
  source "36" {
    title = "OSCE recommendations on the non-punishment principle for victims of trafficking (2013)",
    url = "https://lastradainternational.org/news-publications/new-publication-of-osce-sr",
  },
  source "37" {
    title = "OSCE Secretariat publication on non-punishment of victims of trafficking",
    url = "https://osce.org/secretariat/125313",
  },
  source "38" {
    title = "OSCE/ODIHR National Referral Mechanisms handbook (2004), via StopVAW",
    url = "http://stopvaw.org/17aug200422",
  },
  source "39" {
    title = "OSCE National Referral Mechanisms handbook, 2022 edition (launch notice)",
    url = "https://childx.se/en/new-edition-of-the-handbook-on-national-referral-mechanisms-from-osce-launched/",
  },
  source "43" {
    title = "6 Degrees: shame, stigma and why trafficking is never the victim's fault",
    url = "http://6degree.org/learn-why",
  },
  source "44" {
    title = "NEXUS Institute: assistance and reintegration of trafficking victims",
    url = "https://nexusinstitute.net/publications/assistance-and-reintegration-of-trafficking-victims/",
  },
  source "47" {
    title = "Guatemala, Decreto 9-2009: Ley contra la Violencia Sexual, Explotación y Trata de Personas",
    url = "http://www.sipi.siteal.org/normativas/1322/decreto-ley-no-92009-ley-contra-la-violencia-sexual-explotacion-y-trata-de-personas",
  },
  source "51" {
    title = "US Department of State, 2018 Trafficking in Persons Report: Guatemala",
    url = "https://www.state.gov/reports/2018-trafficking-in-persons-report/guatemala/",
  },
  source "52" {
    title = "US Department of State, 2019 Trafficking in Persons Report: Guatemala",
    url = "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/guatemala/",
  },
  source "57" {
    title = "US Department of State, 2015 Trafficking in Persons Report: Guatemala (via ecoi.net)",
    url = "https://www.ecoi.net/de/dokument/1320584.html",
  },
  source "59" {
    title = "Diario de Centro América: the PGN receives returned children at Tecún Umán",
    url = "https://dca.gob.gt/?p=466118",
  },
  source "61" {
    title = "IOM: the Immediate Response Team (ERI) in Guatemala",
    url = "https://issuu.com./oimntca/docs/eri_mesoamerica_gt",
  },
  source "62" {
    title = "Emisoras Unidas (2019): US support for Guatemala's anti-trafficking prosecution unit",
    url = "https://emisorasunidas.com/2019/04/10/ee-uu-apoyara-a-guatemala-para-crear-unidad-fiscal-de-trata-de-personas",
  },
  source "66" {
    title = "La Hora: job advertisements, job fairs and local radio as recruitment channels for trafficking",
    url = "https://hemeroteca.lahora.gt/clasificados-ferias-de-empleo-y-radios-locales-canales-de-captacion-para-victimas-de-trata",
  },
  source "67" {
    title = "La Gazzetta DF (2018): the so-called modern slaves in Guatemala",
    url = "https://lagazzettadf.com/noticia/2018/07/30/los-llamados-esclavos-modernos-en-guatemala",
  },
  source "68" {
    title = "IOM San José blog: trafficking behind deceptive job offers, and how to recognise them",
    url = "https://rosanjose.iom.int/site/es/blog/trata-de-personas-detras-de-ofertas-enganosas-como-reconocerlas?page=1",
  },
  source "72" {
    title = "Confidencial HN: Honduran trafficking victims found at the Huehuetenango border",
    url = "https://confidencialhn.com/?p=21920",
  },
  source "77" {
    title = "Prensa Libre: trafficking in persons, a nightmare to wake up from",
    url = "https://www.prensalibre.com/guatemala/comunitario/la-trata-de-personas-una-pesadilla-de-la-que-hay-que-despertar/",
  },
  source "85" {
    title = "Canterbury Christ Church University thesis: police officers' understanding of human trafficking in Kent",
    url = "https://pure.canterbury.ac.uk/en/studentTheses/police-officers-understanding-of-human-trafficking-in-kent-invesi-2/",
  },
  source "90" {
    title = "STOP THE TRAFFIK: smuggling and trafficking, knowing the differences",
    url = "https://stopthetraffik.org/smuggling-trafficking-knowing-differences/",
  },
  source "91" {
    title = "OSCE: Trafficking in Human Beings, identification of potential and presumed victims (community policing guide)",
    url = "http://www.ungift.org/knowledgehub/publications.html?vf=/doc/knowledgehub/resource-centre/OSCE/OSCE_Trafficking_in_Human_Beings_Identification_of_Potential_and_Presumed_Victims.pdf",
  },

  source "41" {
    title = "CBSS Task Force against Trafficking and IOM: Handbook for Diplomatic and Consular Personnel on how to assist and protect victims of human trafficking",
    url = "http://www.ungift.org/knowledgehub/publications.html?vf=/doc/knowledgehub/resource-centre/CBSS_TF-THB_Handbook_for_Diplomatic_and_Consular_Personnel.pdf",
  },
  source "60" {
    title = "Guatemala: the interinstitutional protocol for repatriating trafficking victims (2011)",
    url = "https://fdocuments.ec/document/protocolo-interinstitucional-para-la-repatriacin-de-igmgobgtwp-contentuploads201709protocolo-interinstitucional.html",
  },

  source "45" {
    title = "Human Trafficking Search: survivors' perspectives on successful reintegration after trafficking",
    url = "https://humantraffickingsearch.org/resource/survivors-perspectives-on-successful-reintegration-after-trafficking",
  },
  source "46" {
    title = "International Review of Victimology (2021): relationships in the reintegration of trafficking survivors",
    url = "https://journals.sagepub.com/doi/10.1177/02697580211011445",
  },
}
