-- Principles of victim-centred, trauma-informed identification.
-- The first ten follow the WHO Ethical and Safety Recommendations for Interviewing Trafficked
-- Women (2003). Principles 8 to 10 are given as commonly summarised: their exact wording has not
-- yet been checked against the WHO document, so the texts below say so and do not quote it.

return {
  principle "who_do_no_harm" {
    name = { es = "No hacer daño", en = "Do no harm" },
    explanation = {
      es = "Trate cada contacto como algo que puede poner en peligro a la persona. Piense así hasta que tenga razones para pensar lo contrario. Pregúntese si una pregunta, una visita o una anotación puede exponer a la persona o a su familia. Si puede, no vale la pena.",
      en = "Treat every contact as something that could put the person in danger. Think this way until you have reason to think otherwise. Ask yourself whether a question, a visit or a written record could expose the person or their family. If it could, it is not worth it.",
    },
    sources = { "28", "29" },
  },

  principle "who_know_risks" {
    name = { es = "Conocer el tema y evaluar los riesgos", en = "Know the subject and assess the risks" },
    explanation = {
      es = "Antes de actuar, infórmese de cómo funciona la trata en ese lugar. Piense en los riesgos concretos de este caso para la persona y para su familia. Piense también en los riesgos para su equipo.",
      en = "Before you act, find out how trafficking works in that place. Think about the particular risks of this case for the person and for their family. Think also about the risks for your team.",
    },
    sources = { "28", "29" },
  },

  principle "who_referral_no_promises" {
    name = { es = "Información de apoyo en su idioma, sin promesas", en = "Referral information in their language, and no promises" },
    explanation = {
      es = "Tenga a mano información sobre dónde pedir ayuda, en un idioma que la persona entienda. No prometa nada que no dependa de usted. Por ejemplo, no prometa un regreso rápido a casa ni que nadie se va a enterar.",
      en = "Have information ready on where to get help, in a language the person understands. Do not promise anything that is not in your hands. For example, do not promise a quick return home, or that no one will ever find out.",
    },
    sources = { "28", "29" },
  },

  principle "who_interpreters" {
    name = { es = "Elegir y preparar bien a intérpretes y colegas", en = "Choose and prepare interpreters and co-workers carefully" },
    explanation = {
      es = "Quien interpreta no debe tener ninguna relación con la persona ni con su familia. Tampoco con nadie que esté detrás de su explotación. Prepare a quien interprete antes de la entrevista. Si se puede, deje que la persona elija si prefiere a un hombre o a una mujer.",
      en = "An interpreter must have no link with the person or their family. Nor with anyone behind their exploitation. Brief the interpreter before the interview. Where possible, let the person choose whether they would rather have a man or a woman.",
    },
    sources = { "28", "29", "30" },
  },

  principle "who_confidentiality" {
    name = { es = "Anonimato y confidencialidad", en = "Anonymity and confidentiality" },
    explanation = {
      es = "Desde el primer contacto, cuide quién se entera de quién es la persona y de lo que cuenta. Piense en quién lo escucha, dónde se anota y quién puede leerlo.",
      en = "From the first contact, be careful about who learns who the person is and what they say. Think about who hears it, where it is written down and who can read it.",
    },
    sources = { "28", "29", "47" },
  },

  principle "who_informed_consent" {
    name = { es = "Consentimiento informado", en = "Informed consent" },
    explanation = {
      es = "Explíquele a la persona quién es usted, qué pasará con lo que diga y qué puede decidir. Tiene derecho a no contestar y a parar cuando quiera. También puede poner límites a cómo se usa su información.",
      en = "Tell the person who you are, what will happen with what they say and what they can decide. They have the right not to answer and to stop whenever they want. They can also limit how their information is used.",
    },
    sources = { "28", "29" },
  },

  principle "who_own_assessment" {
    name = { es = "Respetar su propia evaluación", en = "Respect their own assessment" },
    explanation = {
      es = "Nadie conoce mejor que la persona su propia situación y los peligros que corre. Escuche cómo ve su seguridad y téngalo en cuenta en cada decisión.",
      en = "No one knows the person's situation and the dangers they face better than they do. Listen to how they see their own safety and weigh it in every decision.",
    },
    sources = { "28", "29" },
  },

  principle "who_no_retraumatise" {
    name = { es = "No volver a traumatizar", en = "Do not re-traumatise" },
    explanation = {
      es = "(Resumen del octavo principio de la OMS.) Evite las preguntas que buscan provocar una reacción emocional. Prepárese para responder si la persona se angustia, y dígale dónde puede encontrar apoyo. La ley guatemalteca también pide evitar la revictimización. Es decir, evitar que la forma de atender a la víctima le cause más daño.",
      en = "(A summary of the eighth WHO principle.) Avoid questions meant to provoke an emotional reaction. Be ready to respond if the person becomes distressed, and tell them where they can find support. Guatemalan law also calls for avoiding re-victimisation. That is, avoiding any way of treating the victim that causes them more harm.",
    },
    sources = { "28", "29", "47" },
  },

  principle "who_emergency" {
    name = { es = "Prepararse para una emergencia", en = "Be ready for an emergency" },
    explanation = {
      es = "(Resumen del noveno principio de la OMS.) Si la persona dice que corre un peligro inmediato, hay que poder actuar enseguida. Tenga claro a quién llamar, adónde puede ir la persona y cómo hacer que llegue ahí sin riesgo.",
      en = "(A summary of the ninth WHO principle.) If the person says they are in immediate danger, you must be able to act at once. Know whom to call, where the person can go and how to get them there safely.",
    },
    sources = { "28", "29" },
  },

  principle "who_good_use" {
    name = { es = "Dar buen uso a la información", en = "Put the information to good use" },
    explanation = {
      es = "(Resumen del décimo principio de la OMS.) Lo que cuenta la persona debe usarse en su favor o para mejorar la ayuda a otras personas. Nunca debe quedar archivado y olvidado, ni usarse en su contra.",
      en = "(A summary of the tenth WHO principle.) What the person tells you should be used for their benefit or to improve help for others. It must never be filed and forgotten, or used against them.",
    },
    sources = { "28", "29" },
  },

  principle "non_punishment" {
    name = { es = "No punibilidad de la víctima", en = "Non-punishment" },
    explanation = {
      es = "No se debe detener, multar ni acusar a una víctima por delitos cometidos a causa de la trata. Por ejemplo, por llevar documentos falsos. A veces los tratantes empujan a sus víctimas a cometer delitos justamente para controlarlas. No castigar a las víctimas hace más fácil que declaren.",
      en = "A victim should not be arrested, fined or charged for offences they committed because they were trafficked. Carrying false papers is one example. Traffickers sometimes push victims into offences precisely to control them. Not punishing victims makes it easier for them to testify.",
    },
    sources = { "36", "37", "S1" },
  },

  principle "presumption_of_minority" {
    name = { es = "Presunción de minoría de edad", en = "Presumption of minority" },
    explanation = {
      es = "Puede haber dudas sobre la edad y motivos para creer que la persona tiene menos de 18 años. En ese caso, dele trato de menor de edad hasta que se compruebe su edad. La apariencia no sirve para calcular la edad, y menos aún entre personas de orígenes distintos.",
      en = "There may be doubt about a person's age and reason to believe they are under 18. In that case, treat them as a child until their age is verified. Appearance is a poor guide to age, especially across different backgrounds.",
    },
    sources = { "33", "22" },
  },

  principle "best_interests_of_the_child" {
    name = { es = "Interés superior de la niñez", en = "Best interests of the child" },
    explanation = {
      es = "En toda decisión sobre una niña o un niño, lo primero es su interés superior. Su interés superior es lo que más le conviene. Su opinión también cuenta. El Decreto 9-2009 pone esto como la consideración principal. Las guías de UNICEF añaden un tutor, una búsqueda cuidadosa de la familia y que no haya detención.",
      en = "In every decision about a child, the child's best interests come first. Their best interests are what is best for them. The child's views also count. Decreto 9-2009 makes this the main consideration. UNICEF guidance adds a guardian, careful family tracing and freedom from detention.",
    },
    sources = { "34", "35", "47" },
  },

  principle "trafficking_vs_smuggling" {
    name = { es = "Trata no es tráfico ilícito de migrantes", en = "Trafficking is not smuggling" },
    explanation = {
      es = "El tráfico ilícito de migrantes es un cruce de frontera acordado, que termina al llegar. La trata es explotación: puede ocurrir sin salir del país y es un delito contra la persona. Los dos comparten rutas, y un viaje con coyote puede convertirse en trata.",
      en = "Smuggling is an agreed border crossing that ends on arrival. Trafficking is exploitation: it can happen without leaving the country, and it is a crime against the person. The two share routes, and a journey with a smuggler can turn into trafficking.",
    },
    sources = { "2", "3", "90" },
  },

  principle "no_profiling" {
    name = { es = "Sin perfiles ni estereotipos", en = "No profiling" },
    explanation = {
      es = "No existe un perfil de víctima. La etnia, el traje maya o hablar un idioma maya no indican trata por sí solos. Tampoco la nacionalidad, la situación migratoria o vender sexo. El Decreto 9-2009 exige tratar a las víctimas sin distinción por etnia. Cada señal se lee en su contexto, y ninguna sola prueba nada.",
      en = "There is no victim profile. Ethnicity, Maya dress or speaking a Mayan language do not indicate trafficking on their own. Nor do nationality, migration status or selling sex. Decreto 9-2009 requires victims to be treated without distinction by ethnicity. Every sign is read in context, and no single one proves anything.",
    },
    sources = { "21", "47", "23", "10", "11" },
  },

  principle "safe_interview_setting" {
    name = { es = "Un lugar seguro para hablar", en = "A safe setting to talk" },
    explanation = {
      es = "Hable con la persona lejos de cualquier acompañante, encargado o pareja. Cualquiera de ellos puede estar detrás de la explotación. Busque un lugar tranquilo, con solo las personas que de verdad hacen falta.",
      en = "Talk with the person away from any companion, manager or partner. Any of them may be the one behind the exploitation. Find a calm place, with only the people who are really needed.",
    },
    sources = { "28", "31" },
  },

  principle "referral" {
    name = { es = "Derivación coordinada", en = "Coordinated referral" },
    explanation = {
      es = "Identificar es solo el comienzo. Derivar es enviar a la persona a los servicios que necesita. Un mecanismo nacional de derivación une al Estado y a la sociedad civil. Juntos dan protección, apoyo y acceso a la justicia. En Guatemala, el Equipo de Respuesta Inmediata (ERI) reúne a las instituciones del Estado. Lo coordina la SVET y lo convoca el Ministerio Público.",
      en = "Identification is only the start. Referral means sending the person on to the services they need. A national referral mechanism brings the State and civil society together. Together they provide protection, support and access to justice. In Guatemala the Immediate Response Team (ERI) gathers State institutions. It is coordinated by the SVET and convened by the Public Ministry.",
    },
    sources = { "38", "39", "61", "52" },
  },

  principle "no_blame" {
    name = { es = "Nunca es culpa de la víctima", en = "Never the victim's fault" },
    explanation = {
      es = "La trata nunca es culpa de la víctima. Culparla por el trabajo que hizo o por una migración que “fracasó” aumenta su vergüenza. También aumenta el estigma, el rechazo de los demás, y aleja a la víctima de la ayuda.",
      en = "Trafficking is never the victim's fault. Blaming them for the work they did or for a migration that “failed” deepens their shame. It also deepens stigma, the rejection by others, and drives the victim away from help.",
    },
    sources = { "43", "44" },
  },

  principle "consent_irrelevant" {
    name = { es = "Su consentimiento no justifica la explotación", en = "Consent does not excuse exploitation" },
    explanation = {
      es = "Si hubo engaño o amenazas, o abuso de su necesidad, no cuenta que haya aceptado el trabajo. Si es menor de edad, ni siquiera hace falta que haya engaño o amenaza. Incluso después de una capacitación, hay agentes que siguen confundiendo este punto.",
      en = "If there was deception or threats, or abuse of the person's need, their agreement to the work does not count. If they are a child, no deception or threat is needed at all. Even after training, some officers remain confused on this point.",
    },
    sources = { "1", "2", "85" },
  },

  principle "acceptance_and_support" {
    name = { es = "Acompañar su regreso", en = "Support their return" },
    explanation = {
      es = "Las personas sobrevivientes dicen qué les ayuda más a rehacer su vida. Lo que más cuenta es un ingreso, la salud mental, la familia y la aceptación de los demás. Las relaciones con otras personas sostienen ese regreso. La familia y los vecinos pueden ofrecer esto cada día, sin preguntas y sin lástima.",
      en = "Survivors say what helps them most to rebuild their lives. What matters most is an income, mental health, family and being accepted by others. Relationships with other people sustain that return. Family and neighbours can offer these every day, without questions and without pity.",
    },
    sources = { "45", "46", "43" },
  },

  -- The three elements of the legal definition (Palermo Protocol, art. 3), which each sign
  -- points to. For a child, the act and the purpose are enough.

  element "act" {
    name = { es = "El acto", en = "The act" },
    explanation = {
      es = "Qué se hizo con la persona: captarla, trasladarla, entregarla, acogerla o recibirla. Puede pasar sin cruzar ninguna frontera.",
      en = "What was done with the person: recruiting, moving, handing over, harbouring or receiving them. It can happen without crossing any border.",
    },
    sources = { "1", "2" },
  },

  element "means" {
    name = { es = "El medio", en = "The means" },
    explanation = {
      es = "Cómo se la sometió: engaño, amenaza, fuerza, deuda, abuso de su necesidad o pago a quien la controla. Una vez usado un medio, su consentimiento no cuenta. Para un niño, una niña o un adolescente no hace falta ningún medio.",
      en = "How the person was brought under control: deception, threats, force, debt, abuse of their need, or payment to whoever controls them. Once a means was used, their consent does not count. For a child, no means is needed.",
    },
    sources = { "1", "2" },
  },

  element "purpose" {
    name = { es = "El fin", en = "The purpose" },
    explanation = {
      es = "Para qué: explotar a la persona, en el sexo, en el trabajo, en la casa, en la mendicidad o en delitos. La trata sigue mientras dura la explotación.",
      en = "What for: exploiting the person, in sex, work, a household, begging or crime. Trafficking goes on as long as the exploitation does.",
    },
    sources = { "1", "2", "47" },
  },
}
