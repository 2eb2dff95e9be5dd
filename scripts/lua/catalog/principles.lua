-- Principles of victim-centred, trauma-informed identification.
-- The first ten follow the WHO Ethical and Safety Recommendations for Interviewing Trafficked
-- Women (2003). Principles 8 to 10 are given as commonly summarised: their exact wording has not
-- yet been checked against the WHO document, so the texts below say so and do not quote it.

return {
  principle "who_do_no_harm" {
    name = { es = "No hacer daño", en = "Do no harm" },
    explanation = {
      es = "Trate cada contacto como si pudiera ponerla en peligro, hasta tener razones para pensar lo contrario. Si una pregunta, una visita o un registro pueden exponerla a ella o a su familia, no vale la pena.",
      en = "Treat every contact as if it could put her in danger until you have reason to think otherwise. If a question, a visit or a record could expose her or her family, it is not worth it.",
    },
    sources = { "28", "29" },
  },

  principle "who_know_risks" {
    name = { es = "Conocer el tema y evaluar los riesgos", en = "Know the subject and assess the risks" },
    explanation = {
      es = "Antes de actuar, infórmese de cómo opera la trata en ese lugar y de los riesgos concretos de este caso, para ella, para su familia y para su equipo.",
      en = "Before you act, find out how trafficking works in that place and what risks this particular case carries for her, for her family and for your team.",
    },
    sources = { "28", "29" },
  },

  principle "who_referral_no_promises" {
    name = { es = "Información de apoyo en su idioma, sin promesas", en = "Referral information in her language, and no promises" },
    explanation = {
      es = "Tenga a mano, en un idioma que ella entienda, adónde puede acudir por ayuda. No prometa nada que no dependa de usted, como un regreso rápido a casa o que nadie se enterará.",
      en = "Have ready, in a language she understands, where she can turn for help. Do not promise anything that is not in your hands, such as a quick return home or that no one will ever know.",
    },
    sources = { "28", "29" },
  },

  principle "who_interpreters" {
    name = { es = "Elegir y preparar bien a intérpretes y colegas", en = "Choose and prepare interpreters and co-workers carefully" },
    explanation = {
      es = "Quien interpreta no debe tener ningún vínculo con ella, con su familia ni con quienes la explotan. Prepárelo antes de la entrevista y, si se puede, deje que ella elija si prefiere a un hombre o a una mujer.",
      en = "An interpreter must have no link with her, her family or the people exploiting her. Brief them before the interview and, where possible, let her choose whether she would rather have a man or a woman.",
    },
    sources = { "28", "29", "30" },
  },

  principle "who_confidentiality" {
    name = { es = "Anonimato y confidencialidad", en = "Anonymity and confidentiality" },
    explanation = {
      es = "Desde el primer contacto, cuide quién se entera de su identidad y de lo que cuenta: quién lo escucha, dónde se anota y quién puede leerlo.",
      en = "From the first contact, guard who learns her identity and what she says: who hears it, where it is written down and who can read it.",
    },
    sources = { "28", "29", "47" },
  },

  principle "who_informed_consent" {
    name = { es = "Consentimiento informado", en = "Informed consent" },
    explanation = {
      es = "Explíquele quién es usted, qué pasará con lo que diga y qué puede decidir ella. Tiene derecho a no contestar, a parar cuando quiera y a limitar el uso de su información.",
      en = "Tell her who you are, what will happen with what she says and what she can decide. She has the right not to answer, to stop whenever she wants and to limit how her information is used.",
    },
    sources = { "28", "29" },
  },

  principle "who_own_assessment" {
    name = { es = "Respetar su propia evaluación", en = "Respect her own assessment" },
    explanation = {
      es = "Nadie conoce mejor que ella su situación y los peligros que corre. Escuche cómo ve ella su seguridad y téngalo en cuenta en cada decisión.",
      en = "No one knows her situation and the dangers she faces better than she does. Listen to how she sees her own safety and weigh it in every decision.",
    },
    sources = { "28", "29" },
  },

  principle "who_no_retraumatise" {
    name = { es = "No volver a traumatizar", en = "Do not re-traumatise" },
    explanation = {
      es = "(Resumen del octavo principio de la OMS.) Evite las preguntas que buscan provocar una reacción emocional, esté preparado para responder si ella se angustia e indíquele dónde puede encontrar apoyo. La ley guatemalteca también pide evitar la revictimización.",
      en = "(A summary of the eighth WHO principle.) Avoid questions meant to provoke an emotional reaction, be ready to respond if she becomes distressed, and tell her where she can find support. Guatemalan law also calls for avoiding re-victimisation.",
    },
    sources = { "28", "29", "47" },
  },

  principle "who_emergency" {
    name = { es = "Estar preparado para una emergencia", en = "Be ready for an emergency" },
    explanation = {
      es = "(Resumen del noveno principio de la OMS.) Si ella dice que corre un peligro inmediato, hay que poder actuar enseguida: a quién llamar, adónde puede ir y cómo llevarla ahí sin riesgo.",
      en = "(A summary of the ninth WHO principle.) If she says she is in immediate danger, you must be able to act at once: whom to call, where she can go and how to get her there safely.",
    },
    sources = { "28", "29" },
  },

  principle "who_good_use" {
    name = { es = "Dar buen uso a la información", en = "Put the information to good use" },
    explanation = {
      es = "(Resumen del décimo principio de la OMS.) Lo que ella cuenta debe servir para ayudarla a ella o para mejorar la respuesta a otras personas; nunca para archivarlo y olvidarlo, ni para usarlo en su contra.",
      en = "(A summary of the tenth WHO principle.) What she tells you should serve to help her or to improve the response for others; never to be filed and forgotten, or used against her.",
    },
    sources = { "28", "29" },
  },

  principle "non_punishment" {
    name = { es = "No punibilidad de la víctima", en = "Non-punishment" },
    explanation = {
      es = "A una persona tratada no se la debe detener, multar ni acusar por delitos que cometió a causa de la trata, como portar documentos falsos. A veces los tratantes empujan a sus víctimas a delinquir justamente para controlarlas, y no castigarlas facilita que declaren.",
      en = "A trafficked person should not be arrested, fined or charged for offences she committed because she was trafficked, such as carrying false papers. Traffickers sometimes push victims into offences precisely to control them, and not punishing victims makes it easier for them to testify.",
    },
    sources = { "36", "37", "S" },
  },

  principle "presumption_of_minority" {
    name = { es = "Presunción de minoría de edad", en = "Presumption of minority" },
    explanation = {
      es = "Si su edad es incierta y hay razones para creer que puede ser menor de 18 años, trátela como niña hasta que se verifique su edad. La apariencia no sirve para calcular la edad, menos aún entre personas de distintos orígenes.",
      en = "If her age is uncertain and there is reason to believe she may be under 18, treat her as a child until her age is verified. Appearance is a poor guide to age, especially across different ethnic backgrounds.",
    },
    sources = { "33", "22" },
  },

  principle "best_interests_of_the_child" {
    name = { es = "Interés superior del niño", en = "Best interests of the child" },
    explanation = {
      es = "En toda decisión sobre una niña o un niño, lo primero es su interés superior, y su opinión cuenta. El Decreto 9-2009 lo pone como consideración principal; las guías de UNICEF añaden un tutor, una búsqueda cuidadosa de la familia y que no se le detenga.",
      en = "In every decision about a child, the child's best interests come first, and the child's views count. Decreto 9-2009 makes this the main consideration; UNICEF guidance adds a guardian, careful family tracing and freedom from detention.",
    },
    sources = { "34", "35", "47" },
  },

  principle "trafficking_vs_smuggling" {
    name = { es = "Trata no es tráfico ilícito de migrantes", en = "Trafficking is not smuggling" },
    explanation = {
      es = "El tráfico ilícito es un cruce de frontera acordado que termina al llegar; la trata es explotación, puede ocurrir sin salir del país y es un delito contra la persona. Comparten rutas, y un viaje de tráfico puede convertirse en trata.",
      en = "Smuggling is an agreed border crossing that ends on arrival; trafficking is exploitation, can happen without leaving the country and is a crime against the person. The two share routes, and a smuggling journey can turn into trafficking.",
    },
    sources = { "2", "3", "90" },
  },

  principle "no_profiling" {
    name = { es = "Sin perfiles ni estereotipos", en = "No profiling" },
    explanation = {
      es = "No existe un perfil de víctima. La etnia, el traje maya, hablar un idioma maya, la nacionalidad, la situación migratoria o vender sexo no indican trata por sí solos, y el Decreto 9-2009 exige tratar a las víctimas sin distinción por etnia. Cada señal se lee en su contexto, y ninguna sola prueba nada.",
      en = "There is no victim profile. Ethnicity, Maya dress, speaking a Mayan language, nationality, migration status or selling sex do not indicate trafficking on their own, and Decreto 9-2009 requires victims to be treated without distinction by ethnicity. Every sign is read in context, and no single one proves anything.",
    },
    sources = { "21", "47", "23", "10", "11" },
  },

  principle "safe_interview_setting" {
    name = { es = "Un lugar seguro para hablar", en = "A safe setting to talk" },
    explanation = {
      es = "Hable con ella lejos de cualquier acompañante, encargado o pareja, que puede ser quien la explota, en un lugar tranquilo y solo con las personas indispensables.",
      en = "Talk with her away from any companion, manager or partner, who may be the one exploiting her, in a calm place with only the people who are really needed.",
    },
    sources = { "28", "31" },
  },

  principle "referral" {
    name = { es = "Derivación coordinada", en = "Coordinated referral" },
    explanation = {
      es = "Identificar es solo el comienzo. Un mecanismo nacional de derivación une al Estado y a la sociedad civil para dar protección, apoyo y acceso a la justicia. En Guatemala, el Equipo de Respuesta Inmediata (ERI) reúne a las instituciones del Estado, con la coordinación de la SVET y la convocatoria del Ministerio Público.",
      en = "Identification is only the start. A national referral mechanism brings the State and civil society together to provide protection, support and access to justice. In Guatemala the Immediate Response Team (ERI) gathers State institutions, coordinated by the SVET and convened by the Public Ministry.",
    },
    sources = { "38", "39", "61", "52" },
  },

  principle "no_blame" {
    name = { es = "Nunca es culpa de ella", en = "Never her fault" },
    explanation = {
      es = "La trata nunca es culpa de la víctima. Culparla, por el trabajo que hizo o por una migración que “fracasó”, aumenta la vergüenza y el estigma y la aleja de la ayuda.",
      en = "Trafficking is never the victim's fault. Blaming her, for the work she did or for a migration that “failed”, deepens shame and stigma and drives her away from help.",
    },
    sources = { "43", "44" },
  },

  principle "consent_irrelevant" {
    name = { es = "Su consentimiento no justifica la explotación", en = "Consent does not excuse exploitation" },
    explanation = {
      es = "Si la engañaron, la amenazaron o se aprovecharon de su vulnerabilidad, que haya aceptado el trabajo no cuenta. Si es menor de edad, ni siquiera hace falta que haya engaño o amenaza. Incluso después de una capacitación, hay agentes que siguen confundiendo este punto.",
      en = "If she was deceived, threatened or her vulnerability was abused, her agreement to the work does not count. If she is a child, no deception or threat is needed at all. Even after training, some officers remain confused on this point.",
    },
    sources = { "1", "2", "85" },
  },

  principle "acceptance_and_support" {
    name = { es = "Acompañar su regreso", en = "Support her return" },
    explanation = {
      es = "Las sobrevivientes dicen que para rehacer su vida cuentan sobre todo un ingreso, la salud mental, la familia y sentirse aceptadas. Las relaciones con otras personas sostienen ese regreso. La familia y los vecinos pueden ofrecer esto cada día, sin preguntas y sin lástima.",
      en = "Survivors say that what matters most in rebuilding their lives is an income, mental health, family and being accepted. Relationships with other people sustain that return. Family and neighbours can offer these every day, without questions and without pity.",
    },
    sources = { "45", "46", "43" },
  },
}
