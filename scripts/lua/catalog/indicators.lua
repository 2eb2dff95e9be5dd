-- Warning signs, grouped by the six dimensions of the ILO/EC operational indicators (2009).
-- `element` is the part of the legal definition the sign points to (principles.lua: act, means,
-- purpose), so that a debrief can say whether, on a path, the three were there.
-- `strength` is Señales' own design weighting for scoring. It is informed by published grading
-- examples, but those grades are still to be checked against the ILO lists, so no text below
-- presents a grade as the ILO's. No single sign proves or disproves trafficking.

return {
  -- Deceptive recruitment -------------------------------------------------------------------

  indicator "deceptive_job_offer" {
    dimension = "deceptive_recruitment",
    element = "means",
    strength = "strong",
    name = { es = "Engaño sobre el trabajo", en = "Deceived about the job" },
    explanation = {
      es = "Le ofrecieron un trabajo, un lugar o un patrón distintos de lo que encontró al llegar. Por ejemplo, un trabajo en un restaurante o en una oficina que resultó ser otra cosa. La definición legal de trata cuenta el engaño entre sus medios: formas de someter a una persona.",
      en = "The person was offered a job, a place or an employer different from what they found on arrival. For example, a job in a restaurant or an office that turned out to be something else. The legal definition of trafficking counts deception among its means: the ways of bringing a person under control.",
    },
    sources = { "5", "1", "13", "66", "77", "S1", "S2" },
  },

  indicator "implausible_pay_offer" {
    dimension = "deceptive_recruitment",
    element = "means",
    strength = "medium",
    name = { es = "Paga demasiado buena para ser cierta", en = "Pay that is too good to be true" },
    explanation = {
      es = "Un sueldo alto por un trabajo que no pide estudios ni experiencia es un anzuelo frecuente. Por ejemplo, para atender mesas o cuidar a otras personas. Por sí solo no prueba nada. Pero obliga a preguntar quién ofrece el trabajo y qué implica de verdad.",
      en = "High pay for a job that needs no schooling or experience is a common lure. For example, for waiting tables or caring for others. On its own it proves nothing. But it calls for questions about who is offering the job and what it really involves.",
    },
    sources = { "5", "68", "67" },
  },

  indicator "false_promise_of_study" {
    dimension = "deceptive_recruitment",
    element = "means",
    strength = "weak",
    name = { es = "Promesa de estudios", en = "Promise of schooling" },
    explanation = {
      es = "Le dijeron que podría estudiar mientras trabajaba, o que el viaje era para estudiar. Al llegar, la promesa desapareció. En el caso de una niña o un niño, esta señal merece especial atención.",
      en = "The person was told they could study while working, or that the journey was for study. On arrival, the promise vanished. In the case of a child, this sign deserves particular attention.",
    },
    sources = { "5", "S1" },
  },

  indicator "online_grooming" {
    dimension = "deceptive_recruitment",
    element = "act",
    strength = "medium",
    name = { es = "Captación por internet", en = "Online grooming" },
    explanation = {
      es = "Alguien que la persona conoció por internet se gana su confianza. Llena una necesidad con atención, regalos o romance. Luego, poco a poco, hace que se aleje de su familia. Puede hacerse pasar por alguien de su edad, o por un novio o una novia.",
      en = "Someone the person met online wins their trust. The contact fills a need with attention, gifts or romance. Then, little by little, the contact draws the person away from their family. The contact may pose as someone the same age, or as a boyfriend or girlfriend.",
    },
    sources = { "18", "20", "21" },
  },

  indicator "secrecy_requested" {
    dimension = "deceptive_recruitment",
    element = "means",
    strength = "medium",
    name = { es = "Le piden guardar el secreto", en = "Asked to keep it secret" },
    explanation = {
      es = "El contacto le pide que no cuente a su familia la relación, los regalos o la oferta. El secreto aleja a la persona de quienes podrían advertirle del peligro.",
      en = "The contact asks the person not to tell their family about the relationship, the gifts or the offer. Secrecy cuts the person off from the people who could warn them.",
    },
    sources = { "18", "21" },
  },

  -- Coercive recruitment --------------------------------------------------------------------

  indicator "recruited_under_threat" {
    dimension = "coercive_recruitment",
    element = "means",
    strength = "strong",
    name = { es = "Captación con amenazas o fuerza", en = "Recruited by threats or force" },
    explanation = {
      es = "Tuvo que irse o aceptar el trabajo por amenazas, violencia o encierro. Las amenazas o la violencia iban contra la persona o contra su familia.",
      en = "The person had to leave or accept the work because of threats, violence or being held captive. The threats or violence were aimed at them or at their family.",
    },
    sources = { "5", "1" },
  },

  indicator "payment_to_controller" {
    dimension = "coercive_recruitment",
    element = "means",
    strength = "strong",
    name = { es = "Pago a quien tenía a la persona a su cargo", en = "Payment to someone in control of the person" },
    explanation = {
      es = "Alguien con autoridad sobre la persona, como un familiar o un encargado, recibió dinero o favores por entregarla. La definición legal cuenta esto entre los medios de la trata. Además, algunos familiares han participado en la explotación de niñas y niños.",
      en = "Someone with authority over the person, such as a relative or guardian, received money or favours for handing them over. The legal definition counts this among the means of trafficking. Also, some relatives have taken part in exploiting children.",
    },
    sources = { "1", "2", "57" },
  },

  indicator "gang_coercion" {
    dimension = "coercive_recruitment",
    element = "means",
    strength = "medium",
    name = { es = "Presión de una pandilla", en = "Gang coercion" },
    explanation = {
      es = "Una pandilla obligó o presionó a la persona a trabajar para la pandilla o para otros. Las pandillas han usado la trata para ganar dinero. Obligan o presionan a adolescentes y jóvenes.",
      en = "A gang forced or pressured the person into working for the gang or for others. Gangs have used trafficking to make money. They force or pressure adolescents and young people.",
    },
    sources = { "57", "S2" },
  },

  -- Abuse of vulnerability at recruitment ----------------------------------------------------

  indicator "travel_paid_to_repay" {
    dimension = "abuse_of_vulnerability_at_recruitment",
    element = "means",
    strength = "medium",
    name = { es = "Viaje pagado a cuenta del trabajo", en = "Journey paid for, to be repaid" },
    explanation = {
      es = "Quien le ofreció el trabajo pagó el pasaje, los papeles o el alojamiento. Le dijo que lo devolvería con su salario. Eso ata a la persona desde el principio y puede volverse una deuda que nunca termina.",
      en = "The recruiter paid for the fare, papers or lodging. They said the person would repay it out of their wages. This ties the person to the recruiter from the start and can grow into a debt that never ends.",
    },
    sources = { "14", "S1" },
  },

  indicator "abuse_of_family_hardship" {
    dimension = "abuse_of_vulnerability_at_recruitment",
    element = "means",
    strength = "weak",
    name = { es = "Se aprovecharon de una crisis familiar", en = "Family hardship exploited" },
    explanation = {
      es = "La oferta llegó en un momento de pobreza, violencia en casa o crisis familiar. Quien le ofreció el trabajo se aprovechó de esa necesidad. Es una situación de riesgo, no una prueba. Pide mirar la oferta con más cuidado.",
      en = "The offer came at a time of poverty, violence at home or family crisis. The recruiter took advantage of that need. It is a situation of risk, not proof. It calls for a closer look at the offer.",
    },
    sources = { "S1", "S2", "S3", "S4", "17" },
  },

  indicator "travels_with_non_relatives" {
    dimension = "abuse_of_vulnerability_at_recruitment",
    element = "act",
    strength = "medium",
    name = { es = "Menor con adultos que no son su familia", en = "Child with adults who are not family" },
    explanation = {
      es = "Una niña o un niño viaja o vive con adultos que no son sus padres ni sus tutores. A veces los adultos dicen ser parientes, pero la historia no cuadra. El contexto importa: hay que verificar quiénes son antes de sacar conclusiones.",
      en = "A child travels or lives with adults who are not their parents or guardians. Sometimes the adults claim to be family, but the story does not add up. Context matters: check who the adults are before drawing conclusions.",
    },
    sources = { "16", "12", "10" },
  },

  -- Exploitative conditions -------------------------------------------------------------------

  indicator "excessive_hours" {
    dimension = "exploitative_conditions",
    element = "purpose",
    strength = "strong",
    name = { es = "Jornadas excesivas", en = "Excessive working hours" },
    explanation = {
      es = "La persona trabaja muchas más horas de las que permite la ley, a menudo todos los días. No puede decidir cuándo descansa.",
      en = "The person works far more hours than the law allows, often every day of the week. They cannot decide when to rest.",
    },
    sources = { "5", "9" },
  },

  indicator "no_pay" {
    dimension = "exploitative_conditions",
    element = "purpose",
    strength = "medium",
    name = { es = "Sin salario o solo propinas", en = "No pay, or tips only" },
    explanation = {
      es = "No le pagan, le pagan muy poco o solo recibe propinas, o le retienen el sueldo “para después”.",
      en = "The person is paid nothing, very little or only tips, or their wages are held back “for later”.",
    },
    sources = { "13", "9" },
  },

  indicator "sleeps_at_workplace" {
    dimension = "exploitative_conditions",
    element = "act",
    strength = "medium",
    name = { es = "Duerme en el lugar de trabajo", en = "Sleeps at the workplace" },
    explanation = {
      es = "Vive donde trabaja, a menudo en cuartos que pone el patrón, donde duermen muchas personas. Nunca está fuera del alcance del patrón.",
      en = "The person lives where they work, often in rooms provided by the employer, where many people sleep. They are never out of the employer's reach.",
    },
    sources = { "15", "14" },
  },

  indicator "child_not_in_school" {
    dimension = "exploitative_conditions",
    element = "purpose",
    strength = "medium",
    name = { es = "Fuera de la escuela", en = "Out of school" },
    explanation = {
      es = "Una niña o un niño en edad escolar no va a la escuela y pasa el día trabajando. No tiene amigos ni tiempo para jugar.",
      en = "A school-age child does not go to school and spends the day working. They have no friends or time to play.",
    },
    sources = { "12", "16" },
  },

  indicator "eats_apart" {
    dimension = "exploitative_conditions",
    element = "purpose",
    strength = "medium",
    name = { es = "Come aparte o solo sobras", en = "Eats apart or only leftovers" },
    explanation = {
      es = "La niña o el niño come aparte de la “familia” con la que vive. A veces solo come lo que sobra. Muestra que se le trata como servidumbre y no como parte de la casa.",
      en = "The child eats apart from the “family” they live with. Sometimes they eat only what is left over. It shows the child is treated as a servant rather than as part of the household.",
    },
    sources = { "16" },
  },

  indicator "denied_basic_needs" {
    dimension = "exploitative_conditions",
    element = "purpose",
    strength = "medium",
    name = { es = "Le niegan comida, descanso o atención médica", en = "Denied food, rest or medical care" },
    explanation = {
      es = "La comida, el sueño o la atención médica dependen del permiso del patrón. O se los quitan como castigo.",
      en = "Food, sleep or medical care depend on the employer's permission. Or they are withheld as punishment.",
    },
    sources = { "12", "17" },
  },

  indicator "minor_in_commercial_sex" {
    dimension = "exploitative_conditions",
    element = "purpose",
    strength = "strong",
    name = { es = "Menor de edad en el comercio sexual", en = "Minor in commercial sex" },
    explanation = {
      es = "Una persona menor de 18 años es utilizada en el comercio sexual. Con una niña o un niño no hace falta demostrar amenaza ni engaño: es explotación. Necesita protección, nunca castigo.",
      en = "A person under 18 is being used in commercial sex. For a child, no threat or deception needs to be shown: it is exploitation. The child needs protection, never punishment.",
    },
    sources = { "1", "12" },
  },

  -- Coercion at destination -------------------------------------------------------------------

  indicator "documents_held" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "strong",
    name = { es = "Documentos retenidos", en = "Documents held by someone else" },
    explanation = {
      es = "El patrón u otra persona le guarda sus papeles “para que no se pierdan”. Por ejemplo, el pasaporte o la identificación. Sin ellos le cuesta irse, viajar o pedir ayuda.",
      en = "The employer or someone else keeps the person's papers “so they don't get lost”. For example, their passport or ID. Without them it is hard for the person to leave, travel or ask for help.",
    },
    sources = { "9", "13", "14" },
  },

  indicator "debt_bondage" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "strong",
    name = { es = "Deuda que no se termina de pagar", en = "Debt bondage" },
    explanation = {
      es = "Debe dinero por el viaje, el cuarto, la ropa o multas. La deuda crece, y trabajar nunca alcanza para pagarla. La deuda sirve para retener a la persona.",
      en = "The person owes money for the journey, their room, clothes or fines. The debt keeps growing, and working never pays it off. The debt is what keeps them there.",
    },
    sources = { "9", "13", "14", "S1" },
  },

  indicator "not_free_to_leave" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "strong",
    name = { es = "No puede entrar y salir libremente", en = "Not free to come and go" },
    explanation = {
      es = "Hay puertas con llave, alguien vigila a la persona, o tiene que pedir permiso para salir.",
      en = "Doors are locked, someone watches the person, or they have to ask permission to go out.",
    },
    sources = { "12", "13", "9" },
  },

  indicator "escorted_to_work" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "No va ni vuelve del trabajo por su cuenta", en = "Escorted to and from work" },
    explanation = {
      es = "Siempre va alguien con la persona al ir al trabajo y al volver. Así, nunca está a solas con otras personas.",
      en = "Someone always goes with the person to work and back. That way, they are never alone with other people.",
    },
    sources = { "15" },
  },

  indicator "controlled_communication" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Otra persona habla en su lugar", en = "Someone else speaks for them" },
    explanation = {
      es = "Un encargado, una pareja o un acompañante contesta por la persona o vigila sus respuestas. También puede insistir en ser quien interpreta.",
      en = "A manager, partner or companion answers for the person or watches their answers. They may also insist on being the one who interprets.",
    },
    sources = { "13", "12" },
  },

  indicator "threat_of_denunciation" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Amenazas de denuncia o deportación", en = "Threats of reporting or deportation" },
    explanation = {
      es = "Le han dicho que si se queja o se va, avisarán a la policía o a Migración. O le han dicho que su familia pagará las consecuencias.",
      en = "The person has been told that if they complain or leave, the police or the migration authorities will be told. Or they have been told that their family will pay for it.",
    },
    sources = { "14", "9" },
  },

  indicator "scripted_story" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Historia ensayada", en = "Scripted story" },
    explanation = {
      es = "El relato de la persona suena aprendido de memoria. O coincide palabra por palabra con el de otras personas que trabajan ahí. O no encaja con lo que se ve.",
      en = "The person's account sounds learned by heart. Or it matches word for word the accounts of others who work there. Or it does not fit what can be seen.",
    },
    sources = { "13" },
  },

  indicator "coached_answers" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Le dicen qué responder", en = "Told what to say" },
    explanation = {
      es = "Alguien le dice qué contestar a las autoridades o a su familia. O le hace señas mientras le hacen preguntas.",
      en = "Someone tells the person what to answer to the authorities or to their family. Or signals to them while they are being questioned.",
    },
    sources = { "12", "5" },
  },

  indicator "minor_with_adult_id" {
    dimension = "coercion_at_destination",
    element = "act",
    strength = "strong",
    name = { es = "Menor con documento de mayor de edad", en = "Minor with an adult's ID" },
    explanation = {
      es = "Lleva un documento que le da una edad adulta. Puede no ser suyo, o haberse obtenido de forma irregular. Los documentos falsos o prestados sirven para ocultar que se explota a una persona menor de edad. La apariencia, por sí sola, nunca decide su edad.",
      en = "The person carries an ID that gives them an adult's age. It may not be theirs, or it may have been obtained improperly. False or borrowed papers are used to hide that a child is being exploited. Appearance alone never settles their age.",
    },
    sources = { "S1", "33", "22" },
  },

  indicator "signs_of_violence" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "strong",
    name = { es = "Señales de violencia", en = "Signs of violence" },
    explanation = {
      es = "Tiene lesiones que no puede o no quiere explicar, o que parecen de distintos momentos. La violencia es una de las formas de obligar a alguien a seguir trabajando.",
      en = "The person has injuries they cannot or will not explain, or that seem to date from different times. Violence is one of the ways of forcing someone to keep working.",
    },
    sources = { "12", "9" },
  },

  indicator "moved_between_venues" {
    dimension = "coercion_at_destination",
    element = "act",
    strength = "medium",
    name = { es = "Traslados de un lugar a otro", en = "Moved between venues" },
    explanation = {
      es = "Cambian a la persona de bar, de pueblo o de casa. Así, nunca llega a conocer a nadie ni el lugar lo suficiente para pedir ayuda.",
      en = "The person is moved between bars, towns or houses. That way, they never get to know anyone, or the place, well enough to ask for help.",
    },
    sources = { "15" },
  },

  indicator "isolation" {
    dimension = "coercion_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Aislamiento", en = "Isolation" },
    explanation = {
      es = "Le controlan o le quitan el teléfono y el contacto con su familia. No tiene a nadie fuera del trabajo a quien acudir.",
      en = "The person's phone and contact with family are controlled or taken away. They have no one outside the workplace to turn to.",
    },
    sources = { "9", "12" },
  },

  -- Abuse of vulnerability at destination ----------------------------------------------------

  indicator "fear_of_police" {
    dimension = "abuse_of_vulnerability_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Miedo a la policía", en = "Fear of the police" },
    explanation = {
      es = "Muestra miedo cuando se menciona a la policía. A menudo es porque le dijeron que la policía significaba cárcel o deportación. Ese miedo es parte del control, no una señal de que haya hecho algo malo.",
      en = "The person shows fear when the police are mentioned. Often this is because they were told that the police meant jail or deportation. The fear is part of the control, not a sign that they have done anything wrong.",
    },
    sources = { "13" },
  },

  indicator "no_control_of_money" {
    dimension = "abuse_of_vulnerability_at_destination",
    element = "purpose",
    strength = "medium",
    name = { es = "No maneja su propio dinero", en = "No control over their own money" },
    explanation = {
      es = "Otra persona le “guarda” lo que gana y decide en qué puede gastarlo. O manda el dinero a su casa en su nombre.",
      en = "Someone else “keeps” the person's earnings for them and decides what they may spend them on. Or sends money home in their name.",
    },
    sources = { "13", "17" },
  },

  indicator "emotional_dependency" {
    dimension = "abuse_of_vulnerability_at_destination",
    element = "means",
    strength = "medium",
    name = { es = "Dependencia afectiva", en = "Emotional dependency" },
    explanation = {
      es = "El amor o la lealtad atan a la persona a quien la explota. Por ejemplo, la captación pudo ocurrir por medio de un “novio” o una “novia”. Puede defender a esa persona y no verse como víctima.",
      en = "Love or loyalty bind the person to whoever is exploiting them. For example, they may have been recruited through a “boyfriend” or “girlfriend”. They may defend that person and not see themselves as a victim.",
    },
    sources = { "5", "20" },
  },

  indicator "lost_sense_of_time" {
    dimension = "abuse_of_vulnerability_at_destination",
    element = "purpose",
    strength = "weak",
    name = { es = "Perdió la noción del tiempo", en = "Lost sense of time" },
    explanation = {
      es = "No sabe bien la fecha, el día de la semana o cuánto tiempo lleva ahí. Puede pasar después de un largo aislamiento y de rutinas agotadoras.",
      en = "The person is unsure of the date, the day of the week or how long they have been there. This can follow long isolation and exhausting routines.",
    },
    sources = { "13" },
  },

  indicator "protects_exploiter" {
    dimension = "abuse_of_vulnerability_at_destination",
    element = "means",
    strength = "weak",
    name = { es = "Protege a su explotador", en = "Protects the exploiter" },
    explanation = {
      es = "Defiende al encargado o al patrón, o niega que haya algún problema. Muchas víctimas lo hacen por miedo, por una deuda o por lealtad. Eso no significa que la persona esté a salvo.",
      en = "The person defends the manager or employer, or denies there is any problem. Many victims do so out of fear, debt or loyalty. That does not mean the person is safe.",
    },
    sources = { "13", "S1" },
  },
}
