-- Good practices (what honours a principle) and harms (re-victimising acts that break one).
-- A harm's severity sets its cost in the debrief; a grave harm fails a run on its own. When the
-- person is a child, or may be one (the scenario's person.age), every harm counts as at least
-- serious, and child_severity = "grave" marks those that leave a child in exploitation, hand her
-- back, send her to detention or deportation, or question her in front of the suspect.

return {
  -- Good practices ---------------------------------------------------------------------------

  practice "prepare_operation" {
    principle = "who_know_risks",
    name = { es = "Preparar el operativo", en = "Prepare the operation" },
    explanation = {
      es = "Antes de entrar, tenga listos un intérprete neutral y el contacto del ERI. Si puede haber menores de edad, coordine también con la PGN. Incluya agentes mujeres en el equipo. Acuerde que no se detendrá a nadie antes de hablar a solas con cada persona.",
      en = "Before going in, line up a neutral interpreter and the ERI contact. If minors may be present, also coordinate with the PGN. Include women officers on the team. Agree that no one will be detained before each person has been spoken to alone.",
    },
    countries = { "GT" },
    sources = { "23", "30", "59", "61" },
  },

  practice "separate_from_companion" {
    principle = "safe_interview_setting",
    name = { es = "Hablar a solas con la persona", en = "Talk with the person alone" },
    explanation = {
      es = "Separe a la persona de encargados, parejas o “parientes”. Luego hable con la persona en un lugar tranquilo, solo con quien haga falta.",
      en = "Separate the person from managers, partners or “relatives”. Then talk with the person in a calm place, with only the people who are needed.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Hable con la persona a solas, lejos de quien la controla. Busque un lugar de siempre, tranquilo. Así puede hablar sin miedo.",
          en = "Talk with the person alone, away from whoever controls them. Find an everyday, quiet place. That way they can speak without fear.",
        },
      },
    },
    sources = { "28", "31" },
  },

  practice "neutral_interpreter" {
    principle = "who_interpreters",
    name = { es = "Intérprete neutral", en = "Neutral interpreter" },
    explanation = {
      es = "Use un intérprete capacitado, en persona o por teléfono. No debe tener relación con la persona ni con su gente cercana. Prepárelo de antemano. Ofrezca a la persona elegir entre un hombre y una mujer.",
      en = "Use a trained interpreter, in person or by phone. The interpreter must have no link to the person or to the people close to them. Brief the interpreter beforehand. Offer the person the choice of a man or a woman.",
    },
    sources = { "30" },
  },

  practice "explain_confidentiality_limits" {
    principle = "who_confidentiality",
    name = { es = "Explicar los límites de la confidencialidad", en = "Explain the limits of confidentiality" },
    explanation = {
      es = "Diga al comienzo qué quedará en reserva y qué tiene usted que informar. Así la persona puede decidir qué contar.",
      en = "Say at the start what will stay confidential and what you have to report. That way the person can decide what to tell you.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Diga desde el principio qué puede guardar y qué tendría que contar, y a quién. Así la persona decide qué le cuenta.",
          en = "Say from the start what you can keep to yourself and what you would have to pass on, and to whom. That way the person decides what to tell you.",
        },
      },
    },
    sources = { "31", "28" },
  },

  practice "informed_consent" {
    principle = "who_informed_consent",
    name = { es = "Pedir su consentimiento informado", en = "Ask for informed consent" },
    explanation = {
      es = "Explique quién es usted y para qué es la conversación. Dígale que puede no contestar y parar en cualquier momento. También puede decidir cómo se usa lo que cuente.",
      en = "Explain who you are and what the conversation is for. Tell the person they may decline a question and stop at any moment. They can also decide how what they say is used.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Diga quién es usted y por qué quiere platicar. La persona decide si habla y de qué. Puede parar cuando quiera.",
          en = "Say who you are and why you want to talk. The person decides whether to talk, and about what. They can stop whenever they want.",
        },
      },
    },
    sources = { "28" },
  },

  practice "no_promises" {
    principle = "who_referral_no_promises",
    name = { es = "Prometer solo lo que puede cumplir", en = "Promise only what you can deliver" },
    explanation = {
      es = "Explique con honestidad qué puede pasar después y qué no depende de usted. Dele contactos de ayuda en su idioma.",
      en = "Explain honestly what may happen next and what is not in your hands. Give the person contacts for help in their own language.",
    },
    sources = { "28" },
  },

  practice "respect_her_assessment" {
    principle = "who_own_assessment",
    name = { es = "Respetar su evaluación y sus decisiones", en = "Respect their assessment and their choices" },
    explanation = {
      es = "Pregúntele qué teme y qué quiere. Planifique con la persona los pasos siguientes. Si una persona adulta no acepta ayuda, déjele una forma segura de pedirla más adelante.",
      en = "Ask the person what they fear and what they want. Plan the next steps with them. If an adult declines help, leave them a safe way to ask for it later.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Pregúntele qué teme y qué quiere. Piensen juntos qué hacer. Si es mayor de edad y no quiere ayuda, respételo. Dígale que puede buscarlo a usted cuando quiera.",
          en = "Ask the person what they fear and what they want. Work out together what to do. If they are an adult and do not want help, respect that. Tell them they can come to you whenever they want.",
        },
      },
    },
    sources = { "28", "72" },
  },

  practice "presume_minority" {
    principle = "presumption_of_minority",
    name = { es = "Presumir la minoría de edad", en = "Presume minority" },
    explanation = {
      es = "Si hay dudas sobre la edad y la persona puede tener menos de 18 años, trátela como menor. Hágalo desde ese momento: procedimientos para la niñez, la PGN presente y nada de detención.",
      en = "If there is doubt about the person's age and they may be under 18, treat them as a child. Do so from that moment: child-appropriate procedures, the PGN involved and no detention.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        explanation = {
          es = "Si hay dudas sobre la edad y la persona puede tener menos de 18 años, trátela como menor. Hágalo desde ese momento: nada de detención ni de trámite de persona adulta. Avise a la autoridad de protección de la niñez de México y, en Guatemala, a la PGN.",
          en = "If there is doubt about the person's age and they may be under 18, treat them as a child. Do so from that moment: no detention and no adult procedure. Inform Mexico's child-protection authority and, in Guatemala, the PGN.",
        },
      },
    },
    sources = { "33", "22", "59" },
  },

  practice "joint_response_child_protection" {
    principle = "best_interests_of_the_child",
    name = { es = "Respuesta conjunta con protección de la niñez", en = "Joint response with child protection" },
    explanation = {
      es = "La policía actúa junto con el personal de protección de la niñez. En Guatemala, la PGN recibe a niñas y niños. También pide medidas de protección a los juzgados de la niñez.",
      en = "Police act together with child-protection staff. In Guatemala the PGN takes charge of children. It also asks the children's courts for protection measures.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        explanation = {
          es = "El consulado no decide solo sobre una niña o un niño. En México actúa junto con la autoridad de protección de la niñez de ese país. Para un retorno, coordina con la PGN, que recibe en Guatemala a la niñez que regresa. La PGN pide medidas de protección a los juzgados de la niñez.",
          en = "The consulate does not decide alone about a child. In Mexico it acts together with that country's child-protection authority. For a return, it coordinates with the PGN, which receives returning children in Guatemala. The PGN asks the children's courts for protection measures.",
        },
      },
    },
    sources = { "28", "59" },
  },

  practice "best_interests_assessment" {
    principle = "best_interests_of_the_child",
    name = { es = "Evaluar qué es lo mejor para la niña o el niño", en = "Assess the child's best interests" },
    explanation = {
      es = "No entregue a una niña o un niño a nadie de forma automática, ni siquiera a un familiar. Verifique quiénes son los adultos y escuche a la niña o el niño. Deje que la PGN y el juez decidan sobre tutela, familia o albergue.",
      en = "Do not hand a child over to anyone automatically, not even to a relative. Check who the adults are and listen to the child. Let the PGN and the judge decide on guardianship, family or shelter.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        explanation = {
          es = "No entregue a una niña o un niño a nadie de forma automática, ni siquiera a un familiar. Escuche a la niña o el niño y pase a la PGN lo que sabe de los adultos. En México, actúe junto con la autoridad de protección de la niñez de ese país. Con quién vive al volver lo deciden la PGN y el juez en Guatemala.",
          en = "Do not hand a child over to anyone automatically, not even to a relative. Listen to the child and pass what you know about the adults to the PGN. In Mexico, act together with that country's child-protection authority. Whom the child lives with on return is decided by the PGN and the judge in Guatemala.",
        },
      },
    },
    sources = { "34", "35", "47", "51" },
  },

  practice "check_prior_interviews" {
    principle = "who_no_retraumatise",
    name = { es = "Verificar entrevistas anteriores", en = "Check for earlier interviews" },
    explanation = {
      es = "Averigüe qué ha contado ya la persona y qué quedó anotado. Coordine para que una niña o un niño no tenga que responder otra vez sobre lo mismo.",
      en = "Find out what the person has already told and what was recorded. Coordinate so that a child does not have to answer questions about the same events again.",
    },
    sources = { "28" },
  },

  practice "pause_and_support" {
    principle = "who_no_retraumatise",
    name = { es = "Hacer una pausa y ofrecer apoyo", en = "Pause and offer support" },
    explanation = {
      es = "Si se angustia, deje las preguntas, reconozca lo que siente y ofrézcale apoyo psicológico; el relato puede esperar.",
      en = "If the person becomes distressed, stop the questions, acknowledge what they feel and offer psychological support; the account can wait.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Si la persona se angustia, deje de preguntar. Dígale que usted entiende. Quédese cerca, sin presionar. Lo que pasó puede esperar. Si quiere, busquen juntos apoyo psicológico.",
          en = "If the person becomes distressed, stop asking. Tell them you understand. Stay close, without pressing. What happened can wait. If they want, look for psychological support together.",
        },
      },
    },
    sources = { "28", "31" },
  },

  practice "listen_without_blame" {
    principle = "no_blame",
    name = { es = "Escuchar sin culpar", en = "Listen without blame" },
    explanation = {
      es = "Pregunte de forma abierta qué pasó, no por qué lo “permitió”. Dígale con claridad que lo que le hicieron no es culpa suya.",
      en = "Ask openly what happened, not why the person “let it happen”. Tell them clearly that what was done to them is not their fault.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Escuche con calma. Pregunte qué pasó, no por qué lo permitió. Dígale claro: “No es su culpa.”",
          en = "Listen calmly. Ask what happened, not why they let it happen. Tell them clearly: “It is not your fault.”",
        },
      },
    },
    sources = { "43", "44" },
  },

  practice "non_punishment" {
    principle = "non_punishment",
    name = { es = "Aplicar la no punibilidad", en = "Apply non-punishment" },
    explanation = {
      es = "Vea los documentos falsos u otras faltas ligadas a la explotación como prueba contra los tratantes. Explíquele que se le considera una posible víctima, no alguien bajo sospecha.",
      en = "Treat false documents or other offences linked to the exploitation as evidence against the traffickers. Explain to the person that they are seen as a possible victim, not a suspect.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Lo que obligan a hacer a la persona no la vuelve delincuente. Es una posible víctima, no alguien a quien castigar. Denuncie a quienes la usan, no a la persona.",
          en = "What the person is forced to do does not make them a criminal. They are a possible victim, not someone to punish. Report those who use them, not the person.",
        },
      },
    },
    sources = { "36", "37", "S1" },
  },

  practice "screen_before_detention" {
    principle = "who_do_no_harm",
    name = { es = "Identificar antes de detener o deportar", en = "Screen before detaining or deporting" },
    explanation = {
      es = "Antes de cualquier detención o entrega a Migración, hable a solas con cada persona. Así sabrá si esa persona puede ser víctima. Las víctimas que no se identifican terminan detenidas o deportadas como migrantes sin papeles.",
      en = "Before any detention or handover to the migration authorities, talk to each person alone. That way you will know whether that person may be a victim. Victims who are not identified end up detained or deported as undocumented migrants.",
    },
    sources = { "91", "25" },
  },

  practice "refer_to_services" {
    principle = "referral",
    name = { es = "Derivar a servicios", en = "Refer to services" },
    explanation = {
      es = "Explíquele a la persona sus opciones. Con su acuerdo, haga la derivación por medio del ERI a albergue, salud, apoyo psicológico y asesoría legal. Si es menor de edad, hágalo con la PGN.",
      en = "Explain the person's options. With their agreement, refer them through the ERI to shelter, health care, psychological support and legal advice. For a child, do this with the PGN.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        explanation = {
          es = "Explíquele a la persona sus opciones. Con su acuerdo, derívela a los servicios para víctimas en México: albergue, salud, apoyo psicológico y asesoría legal. Si decide regresar, coordine con las instituciones de Guatemala quién la recibe. Si es menor de edad, hágalo con la autoridad de protección de la niñez de México y con la PGN.",
          en = "Explain the person's options. With their agreement, refer them to victim services in Mexico: shelter, health care, psychological support and legal advice. If they decide to go back, coordinate with Guatemala's institutions who will receive them. For a child, do this with Mexico's child-protection authority and the PGN.",
        },
      },
      {
        country = "US",
        explanation = {
          es = "Explíquele a la persona sus opciones. Con su acuerdo, derívela a organizaciones de apoyo a víctimas en Estados Unidos: albergue, salud, apoyo psicológico y asesoría legal. Lo que pueda pedir según la ley de ese país se lo dirá una abogada o un abogado. Si decide regresar, coordine con las instituciones de Guatemala quién la recibe. Si es menor de edad, actúe con la autoridad local de protección de la niñez.",
          en = "Explain the person's options. With their agreement, refer them to victim-support organisations in the United States: shelter, health care, psychological support and legal advice. What they can claim under that country's law is for a lawyer to say. If they decide to go back, coordinate with Guatemala's institutions who will receive them. For a child, act with the local child-protection authority.",
        },
      },
    },
    sources = { "61", "91", "38" },
  },

  practice "keep_confidentiality" {
    principle = "who_confidentiality",
    name = { es = "Proteger su identidad", en = "Protect their identity" },
    explanation = {
      es = "No revele quién habló ni qué dijo, ni delante de otros ni en registros públicos. Trate a todas las personas igual, para no señalar a nadie.",
      en = "Do not reveal who spoke or what they said, in front of others or in public records. Treat everyone the same way, so that no one is singled out.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "No cuente quién habló ni qué dijo. Ni en la tienda, ni en la reunión, ni en redes. Trate a todos igual, para no señalar a nadie.",
          en = "Do not tell who spoke or what they said. Not at the shop, not at the meeting, not online. Treat everyone the same, so that no one is singled out.",
        },
      },
    },
    sources = { "28", "47" },
  },

  practice "distinguish_smuggling_trafficking" {
    principle = "trafficking_vs_smuggling",
    name = { es = "Distinguir tráfico ilícito de trata", en = "Tell smuggling from trafficking" },
    explanation = {
      es = "Si alguien viajó con un coyote, pregunte también qué le espera o qué le pasó al llegar. Pregunte por deudas, trabajo y libertad para irse. El tráfico puede volverse trata.",
      en = "If someone travelled with a smuggler, also ask what awaits them or what happened on arrival. Ask about debts, work and freedom to leave. Smuggling can turn into trafficking.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Viajar con coyote no es lo mismo que trata. El coyote cobra por pasar a alguien la frontera, y ahí termina. En la trata, la explotación sigue al llegar. Pregunte por lo de ahora: deudas, papeles, si puede irse. Un viaje con coyote también puede volverse trata.",
          en = "Travelling with a coyote (a smuggler) is not the same as trafficking. The coyote charges to take someone across the border, and it ends there. In trafficking, the exploitation goes on after arrival. Ask about now: debts, papers, whether they can leave. A journey with a coyote can also turn into trafficking.",
        },
      },
    },
    sources = { "2", "90" },
  },

  practice "safety_plan" {
    principle = "who_emergency",
    name = { es = "Plan de seguridad", en = "Safety plan" },
    explanation = {
      es = "Planifique con la persona cómo salir sin riesgo y qué necesita llevarse. Piensen juntos qué hacer si la persona o su familia reciben amenazas. Tenga a mano los contactos de emergencia.",
      en = "Plan with the person how to leave safely and what they need to take. Work out together what to do if they or their family are threatened. Keep emergency contacts at hand.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Piense con la persona qué hacer si algo sale mal. ¿A quién llamar? ¿Adónde ir? ¿Qué llevar? Piensen también qué hacer si amenazan a la familia. Tenga a mano los números de ayuda.",
          en = "Think through with the person what to do if something goes wrong. Whom to call? Where to go? What to take? Think too about what to do if the family is threatened. Keep the help numbers at hand.",
        },
      },
    },
    sources = { "28" },
  },

  practice "report_to_authorities" {
    principle = "who_good_use",
    name = { es = "Informar a la autoridad que corresponde", en = "Report to the right authority" },
    explanation = {
      es = "Pase lo que encontró a la Fiscalía contra la Trata de Personas del Ministerio Público. Si hay menores de edad, páselo también a la PGN. Así servirá para proteger a esa persona y a otras.",
      en = "Pass what you found to the Public Ministry's Fiscalía contra la Trata de Personas. Where children are involved, pass it to the PGN as well. That way it serves to protect that person and others.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "US",
        explanation = {
          es = "Con el acuerdo de la persona, pase lo que sabe a quien puede investigar. Lo ocurrido en Estados Unidos, a las autoridades de ese país. Lo ocurrido en Guatemala, a la Fiscalía contra la Trata de Personas del Ministerio Público. Así servirá para proteger a esa persona y a otras.",
          en = "With the person's agreement, pass what you know to those who can investigate. What happened in the United States goes to that country's authorities. What happened in Guatemala goes to the Public Ministry's Fiscalía contra la Trata de Personas. That way it serves to protect that person and others.",
        },
      },
      {
        country = "GT",
        audience = "community",
        explanation = {
          es = "Cuente lo que sabe en el Ministerio Público o en la PNC. Si hay menores de edad, avise también a la PGN. Lleve lo que tenga: mensajes, nombres, fechas. Investigar les toca a ellos. Así protege a esa persona y a otras.",
          en = "Tell what you know at the Ministerio Público or the PNC. If children are involved, tell the PGN as well. Take what you have: messages, names, dates. Investigating is their job. That way you protect that person and others.",
        },
      },
    },
    sources = { "62", "59" },
  },

  practice "identify_the_elements" {
    principle = "trafficking_vs_smuggling",
    name = { es = "Establecer los tres elementos", en = "Establish the three elements" },
    explanation = {
      es = "Pregúntese tres cosas. Primero, qué se hizo: captar, trasladar, recibir o alojar a la persona. Segundo, con qué medio: engaño, amenaza, deuda o abuso de su necesidad. Tercero, para qué: la explotación. Para una persona adulta hacen falta los tres. Para una niña o un niño bastan el primero y el tercero. Si falta alguno, puede ser otra cosa que también merece ayuda.",
      en = "Ask yourself three things. First, what was done: recruiting, moving, receiving or housing the person. Second, by what means: deception, threats, debt or abuse of their need. Third, for what: exploitation. For an adult, all three are needed. For a child, the first and the third are enough. If one is missing, it may be something else that still deserves help.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Para saber si es trata, piense en tres cosas. Primero, qué hicieron: captar, llevar o recibir a la persona. Segundo, cómo: con engaño, amenazas, deudas o abusando de su necesidad. Tercero, para qué: para explotarla. Con una persona adulta hacen falta las tres. Con menores de 18, bastan la primera y la tercera. Si falta alguna, puede ser otro problema. Ese problema también merece ayuda.",
          en = "To know whether it is trafficking, think of three things. First, what was done: recruiting, moving or receiving the person. Second, how: by deception, threats, debts or abusing their need. Third, what for: to exploit them. For an adult, all three are needed. For someone under 18, the first and the third are enough. If one is missing, it may be another problem. That problem also deserves help.",
        },
      },
    },
    sources = { "2", "90" },
  },

  practice "protect_labour_rights" {
    principle = "referral",
    name = { es = "Derivar a derechos laborales y protección de migrantes", en = "Refer to labour rights and migrant protection" },
    explanation = {
      es = "Un trabajo duro o mal pagado, sin engaño, amenazas ni fuerza, no es trata. Pero sí puede ser abuso laboral. La persona tiene derecho a su salario y a reclamar. También puede recibir orientación del consulado o de la inspección de trabajo.",
      en = "A hard or badly paid job, without deception, threats or force, is not trafficking. But it can be labour abuse. The person has a right to their wages and to complain. They can also get advice from the consulate or the labour inspectorate.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Un trabajo duro o mal pagado no siempre es trata. Sin engaño, amenazas ni fuerza, es abuso laboral. Eso también se puede reclamar. La persona tiene derecho a su salario. El consulado o la inspección de trabajo pueden orientarla.",
          en = "A hard or badly paid job is not always trafficking. Without deception, threats or force, it is labour abuse. That can be complained about too. The person has a right to their wages. The consulate or the labour inspectorate can advise them.",
        },
      },
    },
    sources = { "2", "90" },
  },

  practice "protection_not_deportation" {
    principle = "non_punishment",
    name = { es = "Protección, no deportación", en = "Protection, not deportation" },
    explanation = {
      es = "Una víctima extranjera no es un caso migratorio: no se la detiene ni se la deporta. Tiene derecho a protección. También tiene derecho a elegir: un retorno voluntario y seguro, o quedarse mientras se resuelve su caso.",
      en = "A foreign victim is not an immigration case: they are not detained or deported. They have a right to protection. They also have the right to choose: a voluntary, safe return, or staying while their case is settled.",
    },
    sources = { "36", "2" },
  },

  -- Harms --------------------------------------------------------------------------------------

  harm "arrest_victim" {
    principle = "non_punishment",
    severity = "grave",
    name = { es = "Detener o multar a las víctimas", en = "Arresting or fining victims" },
    instead = {
      es = "Trate a las personas que encuentre como posibles víctimas y hable con cada una a solas. Detenga solo a quienes se sospeche que explotan a otras personas.",
      en = "Treat the people you find as possible victims, and talk with each one alone. Detain only those suspected of exploiting others.",
    },
    explanation = {
      es = "Detener a las personas explotadas las castiga por lo que les hicieron. Además, confirma lo que sus explotadores les dijeron sobre la policía. Así es menos probable que hablen.",
      en = "Arresting the people being exploited punishes them for what was done to them. It also confirms what their exploiters told them about the police. That makes them less likely to speak.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "No pida que detengan a la persona. Pida protección, no castigo. Denuncie a quienes la explotan.",
          en = "Do not ask for the person to be arrested. Ask for protection, not punishment. Report those who exploit them.",
        },
        explanation = {
          es = "Detener a la víctima la castiga por lo que le hicieron. Confirma lo que le dicen quienes la explotan. Y así es menos probable que hable.",
          en = "Arresting the victim punishes them for what was done to them. It confirms what their exploiters tell them. And that makes them less likely to speak.",
        },
      },
    },
    sources = { "36", "S1", "24" },
  },

  harm "charge_victim_for_offences" {
    principle = "non_punishment",
    severity = "grave",
    name = { es = "Acusar a la víctima por delitos ligados a su explotación", en = "Charging the victim for offences linked to their exploitation" },
    instead = {
      es = "Anote el documento falso u otra falta como prueba contra quienes se lo impusieron. Trate a la persona como posible víctima.",
      en = "Record the false document or other offence as evidence against those who imposed it. Treat the person as a possible victim.",
    },
    explanation = {
      es = "Los tratantes a veces empujan a sus víctimas a cometer delitos para controlarlas. Acusar a la víctima completa ese control y la desanima a declarar.",
      en = "Traffickers sometimes push their victims into offences to control them. Charging the victim completes that control and discourages them from testifying.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Cuente lo que sabe: que a la persona la obligan y la vigilan. Pida que la traten como posible víctima.",
          en = "Tell what you know: that the person is forced and watched. Ask that they be treated as a possible victim.",
        },
        explanation = {
          es = "A veces los tratantes obligan a sus víctimas a cometer delitos. Así las controlan. Si acusan a la víctima, ganan ellos. Y la víctima ya no se atreve a hablar.",
          en = "Traffickers sometimes force their victims to commit crimes. That is how they control them. If the victim is charged, the traffickers win. And the victim no longer dares to speak.",
        },
      },
    },
    sources = { "36", "37" },
  },

  harm "deport_before_screening" {
    principle = "who_do_no_harm",
    severity = "grave",
    name = { es = "Deportar sin antes identificar", en = "Deporting before screening" },
    instead = {
      es = "Hable a solas con cada persona sin papeles antes de decidir cualquier detención o deportación.",
      en = "Talk alone with each person without papers before any decision on detention or deportation.",
    },
    explanation = {
      es = "Una víctima deportada sin que nadie la escuche pierde toda protección. Puede volver a manos de quienes la captaron, y el delito queda sin investigar.",
      en = "A victim deported without anyone listening to them loses all protection. They may be returned into the hands of those who recruited them, and the crime goes uninvestigated.",
    },
    sources = { "91", "25", "10" },
  },

  harm "question_child_in_front_of_suspect" {
    principle = "best_interests_of_the_child",
    severity = "grave",
    name = { es = "Interrogar a una niña o un niño frente a un posible tratante", en = "Questioning a child in front of a possible trafficker" },
    instead = {
      es = "Mantenga a la niña o el niño lejos de cualquier adulto que pueda estar implicado. El personal de protección de la niñez debe participar en cualquier entrevista.",
      en = "Keep the child away from any adult who may be involved. Child-protection staff must take part in any interview.",
    },
    explanation = {
      es = "Una niña o un niño no puede hablar con libertad delante de quien tiene control sobre su vida. Lo que diga puede costarle castigos después.",
      en = "A child cannot speak freely in front of someone who has control over their life. Whatever they say may be punished later.",
    },
    sources = { "28" },
  },

  harm "return_child_to_complicit_family" {
    principle = "best_interests_of_the_child",
    severity = "grave",
    name = { es = "Entregar a la niña o el niño a “familiares” sin verificar", en = "Handing a child to “relatives” without checking" },
    instead = {
      es = "Primero hay que verificar quiénes son los adultos y escuchar a la niña o el niño. Después, deje que decidan la PGN y el juez.",
      en = "First, the adults must be checked and the child heard. Then let the PGN and the judge decide.",
    },
    explanation = {
      es = "Ha habido niñas y niños devueltos a parientes que participaban en su explotación. Una entrega automática puede devolver a la niña o el niño a quienes le hicieron daño.",
      en = "Children have been sent back to relatives who took part in their exploitation. An automatic handover can return the child to the very people who harmed them.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        instead = {
          es = "No entregue a la niña o el niño a ningún familiar, ni en México ni en la frontera. Escuche a la niña o el niño y pase a la PGN lo que sabe de la familia. Con quién vive al volver lo deciden la PGN y el juez, después de verificar a los adultos.",
          en = "Do not hand the child to any relative, in Mexico or at the border. Listen to the child and pass what you know about the family to the PGN. Whom the child lives with on return is decided by the PGN and the judge, after the adults have been checked.",
        },
      },
    },
    sources = { "51", "57", "S1", "S2" },
  },

  harm "interview_in_front_of_companion" {
    principle = "safe_interview_setting",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Entrevistar a la persona delante de su acompañante", en = "Interviewing the person in front of their companion" },
    instead = {
      es = "Hable a solas con la persona, lejos del encargado, la pareja o el “pariente”.",
      en = "Talk with the person alone, away from the manager, partner or “relative”.",
    },
    explanation = {
      es = "Si quien tiene el control está escuchando, la persona repetirá lo que le enseñaron a decir. Cualquier otra cosa puede costarle un castigo.",
      en = "If whoever is in control is listening, the person will repeat what they were taught to say. Anything else may cost them a punishment.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "No le pregunte nada delante de quien la controla. Busque otro momento, sin esa persona cerca.",
          en = "Do not ask them anything in front of whoever controls them. Find another moment, without that person nearby.",
        },
        explanation = {
          es = "Si quien la controla está escuchando, la persona dirá lo que le enseñaron. Decir otra cosa puede costarle un castigo.",
          en = "If whoever controls them is listening, the person will say what they were taught. Saying anything else may cost them a punishment.",
        },
      },
    },
    sources = { "28" },
  },

  harm "companion_interprets" {
    principle = "who_interpreters",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Usar de intérprete a alguien de su entorno", en = "Letting someone close to the person interpret" },
    instead = {
      es = "Use un intérprete neutral y capacitado, en persona o por teléfono.",
      en = "Use a neutral, trained interpreter, in person or by phone.",
    },
    explanation = {
      es = "Alguien del trabajo, un familiar o cualquier persona ligada al lugar puede cambiar lo que dice la persona. También puede contarlo a otros o meterle miedo para que calle.",
      en = "A co-worker, a relative or anyone tied to the workplace may change what the person says. They may also pass it on to others, or frighten the person into silence.",
    },
    sources = { "30" },
  },

  harm "expose_identity" {
    principle = "who_confidentiality",
    severity = "serious",
    name = { es = "Exponer su identidad", en = "Exposing their identity" },
    instead = {
      es = "Mantenga en reserva quién habló y qué dijo. Delante de los demás, trate a todas las personas igual.",
      en = "Keep who spoke and what they said confidential. In front of others, treat everyone the same.",
    },
    explanation = {
      es = "Cuando otros saben que alguien habló, esa persona y su familia corren peligro de represalias. Además, las demás víctimas aprenden que hablar es peligroso.",
      en = "Once others know someone talked, that person and their family are at risk of reprisals. And other victims learn that speaking up is dangerous.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "No cuente quién habló ni qué dijo. Delante de otros, trate a todos igual.",
          en = "Do not tell who spoke or what they said. In front of others, treat everyone the same.",
        },
        explanation = {
          es = "Si se sabe que alguien habló, esa persona y su familia corren peligro. Y otras víctimas aprenden que hablar es peligroso.",
          en = "If people know someone talked, that person and their family are in danger. And other victims learn that speaking up is dangerous.",
        },
      },
    },
    sources = { "28", "47" },
  },

  harm "promise_you_cannot_keep" {
    principle = "who_referral_no_promises",
    severity = "serious",
    name = { es = "Prometer lo que no puede cumplir", en = "Making promises you cannot keep" },
    instead = {
      es = "Explique con honestidad qué puede pasar y qué no depende de usted.",
      en = "Explain honestly what may happen and what is not in your hands.",
    },
    explanation = {
      es = "Cuando la promesa se rompe, la persona aprende que no puede confiar en las autoridades. Y puede abandonar el proceso.",
      en = "When the promise breaks, the person learns that officials cannot be trusted. And they may withdraw from the process.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Diga la verdad: qué puede pasar y qué no depende de usted. No prometa silencio ni resultados.",
          en = "Tell the truth: what may happen and what is not in your hands. Do not promise silence or results.",
        },
        explanation = {
          es = "Si la promesa se rompe, la persona deja de confiar. Ya no le cree a usted ni a quienes pueden ayudar.",
          en = "If the promise breaks, the person stops trusting. They no longer believe you or those who can help.",
        },
      },
    },
    sources = { "28" },
  },

  harm "repeat_interview_of_child" {
    principle = "who_no_retraumatise",
    severity = "serious",
    name = { es = "Volver a entrevistar a una niña o un niño", en = "Re-interviewing a child" },
    instead = {
      es = "Averigüe qué quedó registrado y coordine una sola entrevista con la fiscalía y la PGN.",
      en = "Find out what has already been recorded and coordinate a single interview with the prosecutor's office and the PGN.",
    },
    explanation = {
      es = "Cada vez que lo cuenta, lo vuelve a vivir. Además, las pequeñas diferencias entre un relato y otro pueden usarse luego contra su palabra.",
      en = "Each retelling makes the child live it again. And small differences between one account and another can later be used against their word.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        instead = {
          es = "Use lo que ya quedó registrado en México y no pida otra declaración para el expediente consular. Si hace falta una entrevista más, que sea una sola, planificada y con apoyo. Coordínela con las autoridades mexicanas y con la PGN.",
          en = "Use what has already been recorded in Mexico and do not ask for another statement for the consular file. If one more interview is needed, make it a single one, planned and with support. Coordinate it with the Mexican authorities and the PGN.",
        },
      },
    },
    sources = { "28" },
  },

  harm "blaming_question" {
    principle = "no_blame",
    severity = "serious",
    name = { es = "Preguntas que culpan a la persona", en = "Blaming questions" },
    instead = {
      es = "Pregunte de forma abierta qué pasó y dígale que no es culpa suya.",
      en = "Ask openly what happened and tell the person it is not their fault.",
    },
    explanation = {
      es = "Preguntas como “¿por qué aceptó?” o “¿no sabía?” aumentan su vergüenza. Le hacen sentir que usted le echa la culpa.",
      en = "Questions like “why did you agree?” or “didn't you know?” add to the person's shame. They make the person feel that you blame them.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Pregunte qué pasó, sin juzgar. Dígale que no es su culpa.",
          en = "Ask what happened, without judging. Tell them it is not their fault.",
        },
        explanation = {
          es = "Preguntas como “¿por qué aceptó?” dan más vergüenza. La persona siente que usted la culpa.",
          en = "Questions like “why did you agree?” add to the shame. The person feels that you blame them.",
        },
      },
    },
    sources = { "43", "44" },
  },

  harm "ignore_her_safety_assessment" {
    principle = "who_own_assessment",
    severity = "serious",
    name = { es = "Ignorar lo que la persona dice de su seguridad", en = "Ignoring the person's own safety assessment" },
    instead = {
      es = "Pregúntele qué teme y planifiquen juntos los pasos siguientes.",
      en = "Ask the person what they fear and plan the next steps together.",
    },
    explanation = {
      es = "La persona conoce los riesgos que corre y los que corre su familia. Actuar en contra de lo que dice puede ponerlos en peligro. Y puede hacer que regrese con quienes están detrás de su explotación.",
      en = "The person knows the risks they face and those their family faces. Acting against what they say can put them in danger. And it can push the person back towards those behind their exploitation.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Pregúntele qué teme. Decidan juntos qué hacer.",
          en = "Ask the person what they fear. Decide together what to do.",
        },
        explanation = {
          es = "La persona conoce sus riesgos y los de su familia. Si usted actúa en contra de lo que dice, puede ponerlos en peligro.",
          en = "The person knows their own risks and their family's. If you act against what they say, you can put them in danger.",
        },
      },
    },
    sources = { "28" },
  },

  harm "treat_everyone_as_offender" {
    principle = "no_profiling",
    severity = "serious",
    name = { es = "Tratar a todas las personas como delincuentes", en = "Treating everyone as an offender" },
    instead = {
      es = "Planifique el operativo para hablar a solas con cada persona. Separe a quienes trabajan ahí de quienes tienen el control.",
      en = "Plan the operation around talking to each person alone. Separate the people who work there from those who are in control.",
    },
    explanation = {
      es = "Las filas contra la pared y las detenciones masivas asustan tanto a las víctimas que se quedan calladas. También dan lugar a abusos. Las redadas de este tipo han resultado una mala forma de encontrar víctimas.",
      en = "Lineups against the wall and mass arrests frighten victims so much that they stay silent. They also lead to abuses. Raids of this kind have proved a poor way of finding victims.",
    },
    sources = { "23", "24" },
  },

  harm "press_for_details_of_abuse" {
    principle = "who_no_retraumatise",
    severity = "serious",
    name = { es = "Presionar por detalles del abuso", en = "Pressing for details of abuse" },
    instead = {
      es = "Deje que la persona cuente lo que elija. El relato detallado corresponde a una entrevista planificada, con alguien presente para dar apoyo.",
      en = "Let the person tell what they choose. A detailed account belongs in a planned interview, with someone present to give support.",
    },
    explanation = {
      es = "Exigirle detalles íntimos le hace revivir lo peor. Y casi nunca ayuda, en ese momento, a saber si es víctima.",
      en = "Demanding intimate details makes the person relive the worst of it. And it rarely helps, at that stage, to find out whether they are a victim.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Deje que la persona cuente solo lo que quiera. No pida detalles. Eso les toca a personas preparadas.",
          en = "Let the person tell only what they want. Do not ask for details. That is for trained people.",
        },
        explanation = {
          es = "Pedir detalles le hace revivir lo peor. Y no le ayuda en nada.",
          en = "Asking for details makes them relive the worst of it. And it does not help them at all.",
        },
      },
    },
    sources = { "28", "31" },
  },

  harm "no_explanation_of_confidentiality_limits" {
    principle = "who_confidentiality",
    severity = "minor",
    name = { es = "No explicar los límites de la confidencialidad", en = "Not explaining the limits of confidentiality" },
    instead = {
      es = "Diga al comienzo qué tiene que informar y qué queda en reserva.",
      en = "Say at the start what you must report and what stays confidential.",
    },
    explanation = {
      es = "Puede que la persona descubra después que lo que contó se pasó a otros sin avisarle. Si pasa, puede vivirlo como una traición y dejar de confiar en todo el proceso.",
      en = "The person may later discover that what they said was passed on without telling them. If so, they may feel it as a betrayal and stop trusting the whole process.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Diga desde el principio qué tendría que contar usted, y a quién. Lo demás queda entre ustedes.",
          en = "Say from the start what you would have to pass on, and to whom. The rest stays between you.",
        },
        explanation = {
          es = "A veces la persona se entera después de que usted contó algo. Si no le avisó, lo vive como una traición. Y deja de confiar.",
          en = "Sometimes the person finds out later that you passed something on. If you did not warn them, they feel betrayed. And they stop trusting.",
        },
      },
    },
    sources = { "31" },
  },

  harm "treat_as_adult_despite_doubt" {
    principle = "presumption_of_minority",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Dar trato de persona adulta pese a la duda", en = "Treating the person as an adult despite the doubt" },
    instead = {
      es = "Dele trato de menor de edad hasta que se compruebe su edad. Pida que intervenga la PGN.",
      en = "Treat the person as a child until their age is verified. Ask for the PGN to step in.",
    },
    explanation = {
      es = "A muchas personas menores de edad les dan documentos de mayor de edad. Y les cuesta admitir su edad. Con un trato de persona adulta, pierden la protección que la ley da a la niñez.",
      en = "Many minors are given adult papers. And they find it hard to admit their age. Treated as adults, they lose the protection the law gives to children.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        instead = {
          es = "Dele trato de menor de edad hasta que se compruebe su edad. Avise a la autoridad de protección de la niñez de México y a la PGN.",
          en = "Treat the person as a child until their age is verified. Inform Mexico's child-protection authority and the PGN.",
        },
      },
    },
    sources = { "33", "22", "S1" },
  },

  harm "profile_by_appearance" {
    principle = "no_profiling",
    severity = "serious",
    name = { es = "Sospechar por apariencia u origen", en = "Profiling by appearance or origin" },
    instead = {
      es = "Fíjese en conductas y circunstancias que indiquen control o explotación.",
      en = "Look for behaviour and circumstances that point to control or exploitation.",
    },
    explanation = {
      es = "Sospechar de alguien por su etnia, su ropa, su idioma o su nacionalidad es discriminación. No sirve para encontrar víctimas y daña la confianza en la policía.",
      en = "Suspecting someone because of their ethnicity, clothes, language or nationality is discrimination. It does not find victims, and it damages trust in the police.",
    },
    sources = { "21", "47", "22" },
  },

  harm "force_return" {
    principle = "who_own_assessment",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Obligar a una persona adulta a regresar", en = "Forcing an adult to return" },
    instead = {
      es = "Explíquele sus opciones, respete su decisión y déjele una forma de contactar al consulado o a los servicios.",
      en = "Explain the person's options, respect their decision and leave them a way to contact the consulate or services.",
    },
    explanation = {
      es = "Una persona adulta tiene derecho a decidir. Un retorno forzado puede devolver a la persona adonde empezó el peligro. Y puede cerrarle la puerta a más ayuda.",
      en = "An adult has the right to decide. A forced return can send the person back to where the danger began. And it can close the door to further help.",
    },
    sources = { "72", "28" },
  },

  harm "treat_as_smuggling_only" {
    principle = "trafficking_vs_smuggling",
    severity = "serious",
    name = { es = "Verlo solo como tráfico de migrantes", en = "Treating it as smuggling only" },
    instead = {
      es = "Pregunte para qué era el viaje y qué esperaba al llegar: deudas, trabajo, quién guarda los documentos.",
      en = "Ask what the journey was for and what was expected on arrival: debts, work, who keeps the documents.",
    },
    explanation = {
      es = "Cerrar el caso como tráfico ilícito deja sin ver la explotación planeada o ya en marcha. Y a la persona se le trata como alguien que violó las leyes de migración.",
      en = "Closing the case as smuggling misses any exploitation that is planned or already under way. And the person is treated as someone who broke migration law.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Pregunte por lo de ahora. ¿Debe algo? ¿Quién guarda sus papeles? ¿Puede irse cuando quiera?",
          en = "Ask about now. Do they owe anything? Who keeps their papers? Can they leave when they want?",
        },
        explanation = {
          es = "El viaje con coyote termina al llegar. La trata sigue después, con explotación. Si solo ve el viaje, no ve lo demás.",
          en = "The journey with a coyote ends on arrival. Trafficking goes on after, with exploitation. If you only see the journey, you miss the rest.",
        },
      },
    },
    sources = { "2", "90" },
  },

  harm "leave_without_referral" {
    principle = "referral",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Irse sin derivar ni dejar información", en = "Leaving without referral or information" },
    instead = {
      es = "Dele con discreción información sobre dónde pedir ayuda. Pase sus sospechas a la fiscalía para que se active el ERI.",
      en = "Discreetly give the person information on where to get help. Pass your concerns to the prosecutor's office so that the ERI can be activated.",
    },
    explanation = {
      es = "Sin un contacto ni una derivación, la persona no tiene cómo volver a pedir ayuda cuando lo decida. Además, lo que usted vio se pierde.",
      en = "Without a contact or a referral, the person has no way back to help when they decide to seek it. And what you saw is lost.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        instead = {
          es = "Dele con discreción, en su idioma, el contacto del consulado y de los servicios para víctimas en México. Con su acuerdo, coordine la protección consular y la derivación a esos servicios.",
          en = "Discreetly give the person, in their language, the contacts of the consulate and of victim services in Mexico. With their agreement, arrange consular protection and a referral to those services.",
        },
      },
      {
        country = "US",
        instead = {
          es = "Dele con discreción, en su idioma, el contacto del consulado. Dele también el de las líneas y organizaciones de apoyo a víctimas en Estados Unidos. Con su acuerdo, coordine la protección consular y la derivación a esos servicios.",
          en = "Discreetly give the person, in their language, the consulate's contact. Give them also those of the hotlines and victim-support organisations in the United States. With their agreement, arrange consular protection and a referral to those services.",
        },
      },
    },
    sources = { "61", "28" },
  },

  harm "dismiss_because_she_consented" {
    principle = "consent_irrelevant",
    severity = "serious",
    name = { es = "Descartar el caso porque la persona “aceptó”", en = "Dismissing the case because the person “agreed”" },
    instead = {
      es = "Fíjese en cómo captaron a la persona y en qué puede decidir ahora. El engaño, la deuda o las amenazas anulan su consentimiento. Y el consentimiento de una persona menor de edad nunca cuenta.",
      en = "Look at how the person was recruited and what they can decide now. Deception, debt or threats cancel their consent. And a child's consent never counts.",
    },
    explanation = {
      es = "Algunas víctimas aceptaron un trabajo, pero no las condiciones que encontraron. Si se toma ese “sí” como el final del asunto, la explotación sigue intacta.",
      en = "Some victims agreed to a job, but not to the conditions they found. If that “yes” is taken as the end of the matter, the exploitation goes on untouched.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Fíjese en cómo la convencieron y en qué puede decidir hoy. Con engaño, deuda o amenazas, su “sí” no cuenta. Con menores de 18, el “sí” nunca cuenta.",
          en = "Look at how they were talked into it and what they can decide today. With deception, debt or threats, their “yes” does not count. For someone under 18, a “yes” never counts.",
        },
        explanation = {
          es = "Algunas víctimas aceptaron un trabajo, pero no lo que encontraron. Si ese “sí” cierra el tema, la explotación sigue.",
          en = "Some victims agreed to a job, but not to what they found. If that “yes” closes the matter, the exploitation goes on.",
        },
      },
    },
    sources = { "1", "2", "S1" },
  },

  practice "assisted_return_protocol" {
    principle = "referral",
    name = { es = "Retorno asistido, solo si la persona lo decide", en = "Assisted return, only if the person chooses it" },
    explanation = {
      es = "Si una persona adulta decide regresar, coordine el retorno con las instituciones de Guatemala. Siga el protocolo de repatriación, que fija condiciones mínimas antes de cualquier retorno. Asegúrese, junto con la persona, de que alguien va a recibirla y de que tendrá apoyo al llegar. Nada se hace sin su acuerdo. Si decide no regresar, déjele el contacto del consulado.",
      en = "If an adult decides to go back, coordinate the return with Guatemala's institutions. Follow the repatriation protocol, which sets minimum conditions before any return. Make sure, together with the person, that someone will receive them and that they will have support on arrival. Nothing is done without their agreement. If they decide not to go back, leave them the consulate's contact.",
    },
    sources = { "60", "41", "72" },
  },

  practice "accompanied_child_return" {
    principle = "best_interests_of_the_child",
    name = { es = "Retorno acompañado y coordinado con la PGN", en = "Accompanied return, coordinated with the PGN" },
    explanation = {
      es = "Una niña o un niño no regresa sin compañía, ni con cualquier adulto. Siga el protocolo de repatriación, que fija condiciones mínimas antes de cualquier retorno. Asegúrese de que la niña o el niño viaje con personal de protección o del consulado. Al llegar, debe quedar a cargo de la PGN. En Tecún Umán, la PGN recibe a la niñez que regresa. Si hace falta, pide medidas de protección a un Juzgado de la Niñez.",
      en = "A child does not go back alone, or with just any adult. Follow the repatriation protocol, which sets minimum conditions before any return. Make sure the child travels with protection or consular staff. On arrival, the child must be handed to the PGN. At Tecún Umán, the PGN receives returned children. Where needed, it asks a children's court for protection measures.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        explanation = {
          es = "El retorno de una niña o un niño no es automático. Primero se evalúa qué es lo mejor en su caso, junto con la autoridad mexicana de protección de la niñez. Si se decide el retorno, siga el protocolo de repatriación, que fija condiciones mínimas. La niña o el niño viaja con personal de protección o del consulado, nunca con cualquier adulto. Al llegar, queda a cargo de la PGN, que en Tecún Umán recibe a la niñez que regresa. Si hace falta, la PGN pide medidas de protección a un Juzgado de la Niñez.",
          en = "A child's return is not automatic. First, what is best in the child's case is assessed with Mexico's child-protection authority. If return is decided, follow the repatriation protocol, which sets minimum conditions. The child travels with protection or consular staff, never with just any adult. On arrival, the child is handed to the PGN, which receives returning children at Tecún Umán. Where needed, the PGN asks a children's court for protection measures.",
        },
      },
    },
    sources = { "60", "59", "35" },
  },

  practice "hear_child_views" {
    principle = "best_interests_of_the_child",
    name = { es = "Escuchar la opinión de la niña o el niño", en = "Hear the child's views" },
    explanation = {
      es = "Pregúntele qué quiere, qué teme y con quién se siente a salvo. Explíquele en palabras sencillas lo que va a pasar. Tome en cuenta lo que dice. Su opinión no es lo único que decide, pero debe pesar en cada decisión sobre su vida.",
      en = "Ask the child what they want, what they fear and whom they feel safe with. Explain in simple words what will happen. Take what they say into account. Their view is not the only thing that decides, but it must weigh in every decision about their life.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Pregúntele qué quiere, qué le da miedo y con quién se siente a salvo. Explíquele con palabras sencillas lo que va a pasar. Tome en cuenta lo que dice. Su opinión cuenta en cada decisión sobre su vida.",
          en = "Ask what they want, what they fear and whom they feel safe with. Explain in simple words what will happen. Take what they say into account. Their view counts in every decision about their life.",
        },
      },
    },
    sources = { "34", "47" },
  },

  harm "return_child_without_protocol" {
    principle = "best_interests_of_the_child",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Devolver a una niña o un niño sin el protocolo", en = "Returning a child outside the protocol" },
    instead = {
      es = "Coordine el retorno con la PGN. Que la niña o el niño viaje con compañía y quede con la PGN en la frontera.",
      en = "Coordinate the return with the PGN. Have the child travel accompanied and be handed to the PGN at the border.",
    },
    explanation = {
      es = "Si viaja en bus o con adultos deportados, sin nadie esperando, queda sin compañía en la frontera. Queda al alcance de sus captadores y fuera de toda medida de protección.",
      en = "If the child travels by bus or with deported adults, with no one waiting, they are left alone at the border. They are within reach of their recruiters and outside any protection measure.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "MX",
        instead = {
          es = "Si se decide el retorno, coordínelo con la PGN y con la autoridad mexicana de protección de la niñez. La niña o el niño viaja con personal de protección o del consulado. Al cruzar la frontera, queda a cargo de la PGN.",
          en = "If return is decided, coordinate it with Mexico's child-protection authority and the PGN. The child travels with protection or consular staff. On crossing the border, the child is handed to the PGN.",
        },
      },
    },
    sources = { "60", "59", "35" },
  },

  practice "assess_risks_before_acting" {
    principle = "who_know_risks",
    name = { es = "Evaluar los riesgos antes de actuar", en = "Assess the risks before acting" },
    explanation = {
      es = "Antes de ir, reúna lo que ya se sabe. Averigüe qué vio quien avisó, quién vive en la casa y si ya hubo denuncias o entrevistas. Piense también qué le puede pasar a la persona si quien tiene el control se entera. Con eso, decida quién va, con quién y dónde hablar con la persona.",
      en = "Before going, gather what is already known. Find out what the caller saw, who lives in the house, and whether there have been earlier reports or interviews. Think also about what could happen to the person if whoever is in control finds out. Use that to decide who goes, with whom, and where to talk with the person.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Antes de hacer algo, piense con calma. ¿Quién vigila a la persona? ¿Qué le puede pasar si se enteran? ¿Qué le puede pasar a usted? Con eso, decida dónde hablar y con quién ir.",
          en = "Before doing anything, think calmly. Who watches the person? What could happen to them if those people find out? What could happen to you? Then decide where to talk and whom to go with.",
        },
      },
    },
    sources = { "28", "29" },
  },

  practice "act_on_imminent_danger" {
    principle = "who_emergency",
    name = { es = "Actuar ante un peligro inmediato", en = "Act on imminent danger" },
    explanation = {
      es = "A veces lo que dice la persona, o lo que se ve, muestra que corre un peligro inmediato. En ese caso, no deje que vuelva a ese lugar. Explíquele qué va a pasar y por qué. Lleve a la persona a un lugar seguro. Si es menor de edad, la PGN debe pedir medidas de protección al juzgado de la niñez.",
      en = "Sometimes what the person says, or what can be seen, shows they are in imminent danger. In that case, do not let them go back to that place. Explain what will happen and why. Take the person somewhere safe. For a child, the PGN should ask the children's court for protection measures.",
    },
    countries = { "GT" },
    sources = { "28", "59" },
  },

  harm "leave_in_danger" {
    principle = "who_emergency",
    severity = "grave",
    name = { es = "Dejar a la persona en un peligro inmediato", en = "Leaving the person in imminent danger" },
    instead = {
      es = "Si hay señales de peligro inmediato, actúe en ese momento. Lleve a la persona a un lugar seguro. Si es menor de edad, pida con la PGN medidas de protección.",
      en = "If there are signs of imminent danger, act there and then. Take the person somewhere safe. For a child, ask for protection measures with the PGN.",
    },
    explanation = {
      es = "Después de una visita de la policía, quien maltrata a la persona sabe que alguien hizo preguntas. Dejar que vuelva “hasta mañana” pone su seguridad en riesgo justo en ese momento.",
      en = "After a police visit, whoever mistreats the person knows that someone has been asking questions. Letting them go back “until tomorrow” puts their safety at risk at that very moment.",
    },
    countries = { "GT" },
    sources = { "28" },
  },

  practice "challenge_blame" {
    principle = "no_blame",
    name = { es = "Decir que nunca es culpa de la víctima", en = "Speak up against blame" },
    explanation = {
      es = "Si alguien culpa a jóvenes que sufrieron engaño o explotación, responda con calma. Diga que la trata nunca es culpa de la víctima. La culpa aumenta la vergüenza, y la vergüenza aleja de la ayuda.",
      en = "If someone blames young people who were deceived or exploited, respond calmly. Say that trafficking is never the victim's fault. Blame deepens shame, and shame keeps people away from help.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Si alguien culpa a la víctima, responda con calma. La trata nunca es culpa de la víctima. Culpar da vergüenza. Y la vergüenza aleja de la ayuda.",
          en = "If someone blames the victim, answer calmly. Trafficking is never the victim's fault. Blame brings shame. And shame keeps people away from help.",
        },
      },
    },
    sources = { "43", "44" },
  },

  practice "check_the_offer" {
    principle = "who_know_risks",
    name = { es = "Verificar la oferta", en = "Check the offer" },
    explanation = {
      es = "Antes de aceptar un trabajo, averigüe quién lo ofrece. Busque el nombre y la dirección reales de la empresa y un contrato por escrito. Busque gente que conozca la empresa. Desconfíe de una paga muy alta sin estudios ni experiencia. Desconfíe también del viaje pagado “a cuenta” del sueldo.",
      en = "Before accepting a job, find out who is offering it. Look for the company's real name and address and a written contract. Find people who know the company. Be wary of very high pay with no schooling or experience needed. Be wary too of travel paid for “on account” of wages.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Antes de aceptar un trabajo, averigüe quién lo ofrece. Pida el nombre y la dirección de la empresa. Pida un contrato por escrito. Pregunte a gente que conozca la empresa. Desconfíe si pagan mucho sin pedir estudios ni experiencia. Desconfíe si el viaje se paga “a cuenta” del sueldo.",
          en = "Before accepting a job, find out who is offering it. Ask for the company's name and address. Ask for a written contract. Ask people who know the company. Be wary if the pay is high with no schooling or experience asked for. Be wary if the journey is paid “on account” of wages.",
        },
      },
    },
    sources = { "68", "66", "67", "14" },
  },

  practice "let_her_lead" {
    principle = "who_no_retraumatise",
    name = { es = "Dejar que la persona decida de qué hablar", en = "Let the person choose what to talk about" },
    explanation = {
      es = "No le pregunte qué pasó. Hable de lo de hoy y de lo que la persona necesita. Si quiere contar algo, escuche sin escarbar ni pedir detalles.",
      en = "Do not ask the person what happened. Talk about today and about what they need. If they want to tell you something, listen without digging or asking for details.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "No le pregunte qué pasó. Platique de hoy y de lo que necesita. Si quiere contar algo, escuche. No pida detalles.",
          en = "Do not ask what happened. Talk about today and what they need. If they want to tell you something, listen. Do not ask for details.",
        },
      },
    },
    sources = { "43", "28" },
  },

  practice "support_what_she_needs" {
    principle = "acceptance_and_support",
    name = { es = "Apoyar lo que la persona necesita para rehacer su vida", en = "Support what the person needs to rebuild their life" },
    explanation = {
      es = "Pregúntele qué le ayudaría y ofrezca cosas concretas. Por ejemplo, trabajo o un ingreso, compañía o apoyo para su salud mental. O ayuda para que su familia le dé una buena bienvenida. Trate a la persona como a cualquier otro vecino o vecina.",
      en = "Ask the person what would help and offer concrete things. For example, work or an income, company, or support for their mental health. Or help for their family to welcome them. Treat the person like any other neighbour.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "Pregúntele qué le ayudaría. Ofrezca cosas concretas: un trabajo, compañía, apoyo para su salud mental. Ayude a que su familia le dé una buena bienvenida. Trate a la persona como a cualquier vecino o vecina.",
          en = "Ask what would help. Offer concrete things: work, company, support for their mental health. Help their family give them a good welcome. Treat the person like any other neighbour.",
        },
      },
    },
    sources = { "45", "46" },
  },

  practice "help_reach_services" {
    principle = "referral",
    name = { es = "Acompañar a la persona a los servicios, si quiere", en = "Help the person reach services, if they want" },
    explanation = {
      es = "Cuéntele con palabras sencillas qué lugares hay y qué hace cada uno. Por ejemplo, la SVET, el Ministerio Público o una organización de apoyo. Si es menor de edad, también la PGN. Ofrézcale su compañía y deje que la persona decida si va y cuándo.",
      en = "Tell the person in plain words which places exist and what each one does. For example, the SVET, the Ministerio Público or a support organisation. If they are under 18, also the PGN. Offer to go with them, and let them decide whether and when to go.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "GT",
        audience = "community",
        explanation = {
          es = "Cuéntele qué lugares hay y qué hace cada uno. La SVET es la secretaría del gobierno contra la trata. En el Ministerio Público se pone la denuncia. También hay organizaciones de apoyo. Si es menor de edad, está la PGN. Ofrézcale su compañía. La persona decide si va y cuándo.",
          en = "Tell the person which places exist and what each one does. The SVET is the government's secretariat against trafficking. Reports are made at the Ministerio Público. There are also support organisations. For someone under 18, there is the PGN. Offer to go with them. The person decides whether and when to go.",
        },
      },
    },
    sources = { "61", "59", "38", "28" },
  },

  practice "refuse_gossip" {
    principle = "who_confidentiality",
    name = { es = "No alimentar el chisme", en = "Do not feed the gossip" },
    explanation = {
      es = "No repita lo que sabe o lo que oye de la persona. Compártalo solo con quien lo necesite para ayudar, y con permiso de la persona. Si otros chismean, diga que no es asunto de nadie.",
      en = "Do not repeat what you know or hear about the person. Share it only with people who need it to help, and with the person's permission. If others gossip, say it is nobody's business.",
    },
    contexts = {
      {
        audience = "community",
        explanation = {
          es = "No repita lo que sabe de la persona. Cuéntelo solo a quien pueda ayudar, y con su permiso. Si otros chismean, diga que no es asunto de nadie.",
          en = "Do not repeat what you know about the person. Tell it only to someone who can help, and with their permission. If others gossip, say it is nobody's business.",
        },
      },
    },
    sources = { "28", "47", "43" },
  },

  harm "blame_her" {
    principle = "no_blame",
    severity = "serious",
    name = { es = "Culpar a la persona", en = "Blaming the person" },
    instead = {
      es = "Dígale con claridad que no es culpa suya. Deje la puerta abierta para que vuelva a hablar con usted.",
      en = "Tell the person clearly that it is not their fault. Leave the door open for them to talk to you again.",
    },
    explanation = {
      es = "Regañar o castigar a la persona aumenta su vergüenza y el rechazo de la gente. Lo mismo pasa si se habla de una “migración fracasada”. Todo esto le enseña a esconder las cosas y a alejarse de quienes pueden ayudar.",
      en = "Scolding or punishing the person deepens their shame and people's rejection. The same happens if it is called a “failed migration”. All this teaches them to hide things and to stay away from the people who could help.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Dígale claro que no es su culpa. Y que puede volver a hablar con usted.",
          en = "Tell them clearly that it is not their fault. And that they can talk to you again.",
        },
        explanation = {
          es = "Regañar o culpar da más vergüenza. Decir que “fracasó” también. La persona aprende a esconderse de quien puede ayudar.",
          en = "Scolding or blaming adds to the shame. So does saying they “failed”. The person learns to hide from those who could help.",
        },
      },
    },
    sources = { "43", "44" },
  },

  harm "gossip_about_her" {
    principle = "who_confidentiality",
    severity = "serious",
    name = { es = "Chismear sobre la persona", en = "Gossiping about the person" },
    instead = {
      es = "Guarde lo que sabe. Háblelo solo con quien pueda ayudar, y con permiso de la persona.",
      en = "Keep what you know to yourself. Discuss it only with people who can help, and with the person's permission.",
    },
    explanation = {
      es = "El chisme corre rápido en una comunidad. Marca a la persona con vergüenza. Puede llegar a oídos de quienes engañaron a la persona. Y pone en riesgo su seguridad y la de su familia.",
      en = "Gossip travels fast in a community. It marks the person with shame. It may reach the people who deceived them. And it puts their safety and their family's safety at risk.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "No lo cuente. Háblelo solo con quien pueda ayudar, y con permiso de la persona.",
          en = "Do not spread it. Talk about it only with someone who can help, and with the person's permission.",
        },
        explanation = {
          es = "El chisme corre rápido. Llena de vergüenza a la persona. Puede llegar a quienes la engañaron. Y pone en riesgo a la persona y a su familia.",
          en = "Gossip travels fast. It fills the person with shame. It may reach those who deceived them. And it puts the person and their family at risk.",
        },
      },
    },
    sources = { "43", "28", "47" },
  },

  harm "confront_recruiter_alone" {
    principle = "who_do_no_harm",
    severity = "serious",
    name = { es = "Enfrentar por su cuenta a quien captó a la persona", en = "Confronting the recruiter yourself" },
    instead = {
      es = "Guarde los mensajes, los números y los nombres, y denuncie ante la PNC o el Ministerio Público. Deje que ellos investiguen.",
      en = "Keep the messages, numbers and names, and report them to the PNC or the Ministerio Público. Let them investigate.",
    },
    explanation = {
      es = "Amenazar o buscar a quien captó a la persona avisa a la red. Pueden borrar pruebas, desaparecer y buscar otra víctima. O pueden desquitarse con la persona o con su familia.",
      en = "Threatening or hunting down the person's recruiter warns the network. They may delete evidence, vanish and look for another victim. Or they may take it out on the person or their family.",
    },
    countries = { "GT" },
    contexts = {
      {
        country = "US",
        instead = {
          es = "No enfrente a quien controla a la persona. Anote lo que vio y lo que la persona le cuente. Con su acuerdo, pase el caso al cónsul. Lo ocurrido en Estados Unidos puede ir a las autoridades de ese país. Lo ocurrido en Guatemala, a la Fiscalía contra la Trata de Personas.",
          en = "Do not confront whoever controls the person. Note what you saw and what the person tells you. With their agreement, pass the case to the consul. What happened in the United States can go to that country's authorities. What happened in Guatemala, to the Fiscalía contra la Trata de Personas.",
        },
      },
      {
        country = "GT",
        audience = "community",
        instead = {
          es = "No busque, no llame ni amenace a quien captó a la persona. Guarde los mensajes, los números y los nombres. Llévelos a la PNC o al Ministerio Público. Si es mayor de edad, la persona decide si se denuncia. Investigar les toca a ellos.",
          en = "Do not look for, call or threaten whoever recruited the person. Keep the messages, numbers and names. Take them to the PNC or the Ministerio Público. If they are an adult, the person decides whether to report. Investigating is their job.",
        },
        explanation = {
          es = "Si usted enfrenta a quien la captó, la red se entera. Pueden borrar pruebas y desaparecer. Pueden buscar a otra víctima. O desquitarse con la persona, con su familia o con usted.",
          en = "If you confront whoever recruited them, the network finds out. They may delete evidence and vanish. They may look for another victim. Or take it out on the person, their family or you.",
        },
      },
    },
    sources = { "28" },
  },

  harm "ask_for_her_story_again" {
    principle = "who_no_retraumatise",
    severity = "serious",
    name = { es = "Pedirle que cuente otra vez lo que pasó", en = "Asking the person to tell their story again" },
    instead = {
      es = "No pregunte por lo que pasó. Hable del presente y deje que la persona cuente solo lo que quiera, cuando quiera.",
      en = "Do not ask about what happened. Talk about the present and let the person tell only what they want, when they want.",
    },
    explanation = {
      es = "Cada vez que lo cuenta, lo vuelve a vivir. La curiosidad de los vecinos no le sirve de nada. Si quiere hablar, hay personas preparadas para escuchar.",
      en = "Each time the person tells it, they live it again. Neighbours' curiosity does them no good. If they want to talk, there are trained people to listen.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "No pregunte qué pasó. Platique del presente. Deje que cuente solo lo que quiera, cuando quiera.",
          en = "Do not ask what happened. Talk about the present. Let them tell only what they want, when they want.",
        },
        explanation = {
          es = "Cada vez que lo cuenta, lo vuelve a vivir. La curiosidad no le ayuda. Si quiere hablar, hay personas preparadas para escuchar.",
          en = "Each time they tell it, they live it again. Curiosity does not help them. If they want to talk, there are trained people to listen.",
        },
      },
    },
    sources = { "43", "28" },
  },

  harm "speak_for_the_child" {
    principle = "best_interests_of_the_child",
    severity = "minor",
    name = { es = "Hablar por la niña o el niño", en = "Speaking for the child" },
    instead = {
      es = "Quédese a su lado y deje que la niña o el niño hable. Pregúntele qué quiere contar y qué le da miedo. Tome en cuenta lo que dice.",
      en = "Stay beside the child and let them speak. Ask what they want to tell and what they are afraid of. Take what they say into account.",
    },
    explanation = {
      es = "Ser menor de edad no quita el derecho a que se escuche su voz. Lo que piensa la niña o el niño cuenta para decidir qué es mejor en su caso. Además, a menudo es quien más sabe de lo que pasó.",
      en = "Being a minor does not take away the right to be heard. What the child thinks counts in deciding what is best in their case. And the child often knows most about what happened.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Quédese a su lado y deje que hable. Pregúntele qué quiere contar y qué le da miedo. Tome en cuenta lo que dice.",
          en = "Stay by their side and let them speak. Ask what they want to tell and what they fear. Take what they say into account.",
        },
        explanation = {
          es = "Ser menor de edad no le quita la voz. Lo que piensa cuenta para decidir qué es mejor. Y muchas veces es quien más sabe.",
          en = "Being under 18 does not take away their voice. What they think counts in deciding what is best. And they often know the most.",
        },
      },
    },
    sources = { "34" },
  },

  harm "push_to_report" {
    principle = "who_informed_consent",
    severity = "serious",
    name = { es = "Presionar a la persona para que denuncie", en = "Pushing the person to report" },
    instead = {
      es = "Explíquele qué significa denunciar y dónde puede pedir consejo. Si es mayor de edad, deje que la persona decida si denuncia y cuándo.",
      en = "Explain to the person what reporting involves and where they can get advice. If they are an adult, let them decide whether and when to report.",
    },
    explanation = {
      es = "Denunciar puede traerle riesgos que la persona conoce mejor que nadie. Si no le dejan elegir, siente que otra vez otros deciden en su lugar. Y puede abandonar el proceso.",
      en = "Reporting may carry risks that the person knows better than anyone. If they are not allowed to choose, they feel that once again others are deciding for them. And they may withdraw from the process.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Cuéntele qué es denunciar y dónde pedir consejo. Si es mayor de edad, la persona decide si denuncia y cuándo.",
          en = "Tell the person what reporting involves and where to get advice. If they are an adult, they decide whether and when to report.",
        },
        explanation = {
          es = "Denunciar puede traerle riesgos que la persona conoce mejor que nadie. Si otros deciden en su lugar, pierde otra vez el control. Y puede echarse para atrás.",
          en = "Reporting may bring risks that the person knows better than anyone. If others decide for them, they lose control once again. And they may back out.",
        },
      },
    },
    sources = { "28" },
  },

  harm "no_safe_interpreter" {
    principle = "who_interpreters",
    severity = "serious",
    name = { es = "Seguir sin un idioma que la persona entienda bien", en = "Going on without a language the person fully understands" },
    instead = {
      es = "Pare la entrevista hasta tener un intérprete neutral y capacitado en su idioma, en persona o por teléfono.",
      en = "Pause the interview until a neutral, trained interpreter of the person's language is there, in person or by phone.",
    },
    explanation = {
      es = "Si la persona entiende a medias, no puede dar un consentimiento informado ni contar lo que vivió. Además, lo que se anote sobre la persona puede ser falso.",
      en = "If the person only half understands, they cannot give informed consent or tell what happened to them. And what is written down about them may be wrong.",
    },
    sources = { "30", "28" },
  },

  harm "let_it_drop" {
    principle = "who_good_use",
    severity = "serious",
    name = { es = "Dejar el asunto sin avisar a la autoridad", en = "Letting it drop without telling the authorities" },
    instead = {
      es = "Aunque el peligro inmediato haya pasado, cuente lo que sabe a la autoridad que corresponde. Así se puede investigar y proteger a otras personas.",
      en = "Even when the immediate danger has passed, tell the right authority what you know. That way it can be investigated and others can be protected.",
    },
    explanation = {
      es = "Quien recluta sigue buscando a otras personas. Lo que usted vio, si no llega a nadie, no protege a nadie.",
      en = "Whoever recruits keeps looking for others. What you saw protects no one if it reaches no one.",
    },
    contexts = {
      {
        country = "GT",
        audience = "community",
        instead = {
          es = "Aunque el peligro haya pasado, cuente lo que sabe. Vaya a la PNC o al Ministerio Público. Si hay menores de edad, avise también a la PGN.",
          en = "Even if the danger has passed, tell what you know. Go to the PNC or the Ministerio Público. If children are involved, tell the PGN as well.",
        },
        explanation = {
          es = "Quien engaña o explota sigue buscando a otras personas. Si lo que usted vio no llega a nadie, no protege a nadie.",
          en = "Whoever deceives or exploits keeps looking for others. If what you saw reaches no one, it protects no one.",
        },
      },
    },
    sources = { "62", "59" },
  },

  harm "label_without_the_elements" {
    principle = "trafficking_vs_smuggling",
    severity = "serious",
    name = { es = "Llamarlo trata sin los elementos", en = "Calling it trafficking without the elements" },
    instead = {
      es = "Antes de nombrar el caso, revise qué elementos hay: qué se hizo, con qué medio y para qué. Luego ofrezca la ayuda que corresponde a lo que sí es.",
      en = "Before naming the case, check which elements are present: what was done, by what means and for what. Then offer the help that fits what it really is.",
    },
    explanation = {
      es = "Hay quien migró por su voluntad o tiene un mal trabajo, sin ser víctima de trata. Si se le trata como víctima, termina en procesos que no pidió. Además, pierde la ayuda que sí necesita, y los casos reales pierden credibilidad.",
      en = "Some people migrated by choice or have a bad job without being trafficking victims. Treated as victims, they end up in proceedings they did not ask for. They also lose the help they do need, and real cases lose credibility.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Antes de decir “es trata”, revise las tres partes: qué se hizo, cómo y para qué. Luego ofrezca la ayuda que sí sirve.",
          en = "Before saying “it is trafficking”, check the three parts: what was done, how and what for. Then offer the help that really fits.",
        },
        explanation = {
          es = "Hay quien migró porque quiso, o tiene un mal trabajo, sin ser víctima de trata. Si se le trata como víctima, termina en trámites que no pidió. Pierde la ayuda que sí necesita. Y la gente deja de creer en los casos reales.",
          en = "Some people migrated because they wanted to, or have a bad job, without being trafficking victims. Treated as victims, they end up in proceedings they did not ask for. They lose the help they do need. And people stop believing the real cases.",
        },
      },
    },
    sources = { "2", "90" },
  },

  harm "brush_off_the_signs" {
    principle = "who_know_risks",
    severity = "serious",
    name = { es = "Restar importancia a las señales", en = "Brushing off the warning signs" },
    instead = {
      es = "Cuando algo no cuadra (una oferta demasiado buena, alguien que controla, una deuda), pregunte con calma. Busque orientación antes de que sea tarde.",
      en = "When something does not add up (an offer too good to be true, someone in control, a debt), ask calmly. Seek advice before it is too late.",
    },
    explanation = {
      es = "Las redes cuentan con que nadie pregunte. Una señal ignorada es tiempo que se pierde para proteger a la persona.",
      en = "Networks count on nobody asking. A sign brushed off is time lost to protect the person.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Si algo no cuadra, pregunte con calma. Por ejemplo, una oferta demasiado buena, alguien que controla o una deuda. Pida consejo a tiempo.",
          en = "If something does not add up, ask calmly. For example, an offer too good to be true, someone in control or a debt. Ask for advice in time.",
        },
        explanation = {
          es = "Las redes cuentan con que nadie pregunte. Cada señal ignorada es tiempo perdido.",
          en = "Networks count on no one asking. Every sign ignored is time lost.",
        },
      },
    },
    sources = { "2", "28" },
  },

  harm "go_in_unprepared" {
    principle = "who_know_risks",
    severity = "minor",
    name = { es = "Actuar sin preparar", en = "Going in without preparing" },
    instead = {
      es = "Antes de actuar, acuerde quién protege a la persona. Hace falta un intérprete, una institución de protección y un lugar seguro para hablar.",
      en = "Before acting, agree who will protect the person. You need an interpreter, a protection agency and a safe place to talk.",
    },
    explanation = {
      es = "Sin preparación, las decisiones se toman a la carrera y la persona queda expuesta a quienes la controlan.",
      en = "Without preparation decisions are made in a rush and the person is left exposed to whoever controls them.",
    },
    contexts = {
      {
        audience = "community",
        instead = {
          es = "Antes de actuar, piense dónde hablar y con quién ir. Busque un lugar seguro. Y sepa a qué institución avisar.",
          en = "Before acting, think where to talk and whom to go with. Find a safe place. And know which institution to tell.",
        },
        explanation = {
          es = "Si actúa a la carrera, la persona queda expuesta a quienes la controlan. Y usted también.",
          en = "If you act in a rush, the person is left exposed to those who control them. And so are you.",
        },
      },
    },
    sources = { "28" },
  },
}
