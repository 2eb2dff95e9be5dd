-- A Sunday at a PNC substation in zona 4 of Guatemala City. Xiomara, Kevin, licenciado Edgar Rodas,
-- Sandra, doña Tere, officers Chávez and Pérez, assistant prosecutor Morales and the Comedor Las Tres
-- Ceibas are fictional; the institutions and places are real.

return scenario {
  title = { es = "Lejos de casa", en = "Far from home" },
  summary = {
    es = "Un domingo en una subestación de la capital. Una cocinera salvadoreña llega detenida con un DPI que no es suyo, y Migración viene en camino. Ella le teme más a la deportación que a su patrón.",
    en = "A Sunday at a substation in Guatemala City. A Salvadoran cook is brought in with a DPI that is not hers, and the migration officers are on their way. She fears deportation more than she fears her boss.",
  },
  audience = "police",
  person = { age = "adult", gender = "female", nationality = "SV", exploitation = "labour", trafficking = true },
  setting = { country = "GT", institution = "PNC" },
  minutes = 20,
  difficulty = 2,
  feedback = "immediate",
  objectives = {
    {
      es = "Distinguir la trata del tráfico ilícito de migrantes y de una falta migratoria con los tres elementos: acto, medio y fin.",
      en = "Tell trafficking apart from migrant smuggling and from an immigration offence by the three elements: act, means and purpose.",
    },
    {
      es = "Saber que, cuando hubo engaño, deuda o amenazas, no cuenta que ella aceptara venir o trabajar.",
      en = "Know that once deception, debt or threats were used, it does not count that she agreed to come or to work.",
    },
    {
      es = "Identificar antes de detener o entregar a Migración, y hablar con ella lejos de su patrón.",
      en = "Screen before any detention or handover to the migration authority, and talk with her away from her boss.",
    },
    {
      es = "Aplicar la no punibilidad: el documento falso que le impusieron es prueba, no un cargo contra ella.",
      en = "Apply non-punishment: the false document imposed on her is evidence, not a charge against her.",
    },
    {
      es = "Tratar a una víctima extranjera como persona con derecho a protección, y respetar su decisión de quedarse o de volver de forma segura.",
      en = "Treat a foreign victim as a person with a right to protection, and respect her choice to stay or to go home safely.",
    },
  },
  content_note = {
    es = "Esta historia trata de explotación laboral, deudas, documentos retenidos, amenazas y el miedo a la deportación. No hay violencia explícita, pero puede remover experiencias personales o de migración. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with labour exploitation, debt, documents held by an employer, threats and the fear of deportation. There is no explicit violence, but it may stir personal or migration experiences. You can pause at any time.",
  },
  start = "front_desk",
  -- trust: how far Xiomara trusts you; safety: whether her boss knows she talked; case: whether the
  -- prosecution's case still holds; identified: the case was read by its three elements; late: the
  -- elements were only read after a first wrong reading.
  vars = { trust = 1, safety = 2, case = 1, identified = 0, late = 0 },

  scene "front_desk" {
    text = {
      es = "Domingo, cuatro y media de la tarde, en una subestación de la PNC en la zona 4 de la capital. Usted es agente de la PNC y trabaja de enlace con la Fiscalía contra la Trata de Personas del Ministerio Público. El agente Chávez vuelve de un control de documentos en el mercado La Terminal con dos personas. Kevin, hondureño, mostró su identificación de Honduras. Xiomara, de 36 años, mostró un DPI con su foto, pero el número es de otra mujer; enseguida admitió que es salvadoreña. “Uso de documento falso, y los dos ilegales”, resume Chávez. “Ya llamé a Migración. Vienen a las seis.”",
      en = "Sunday, half past four in the afternoon, at a PNC substation in zona 4 of Guatemala City. You are a PNC officer working as liaison with the Public Ministry's Fiscalía contra la Trata de Personas. Officer Chávez comes back from a document check at La Terminal market with two people. Kevin, a Honduran, showed his Honduran ID. Xiomara, 36, showed a DPI with her photo, but its number belongs to another woman; she admitted at once that she is Salvadoran. “Use of a false document, and both of them illegal,” Chávez sums up. “I've called the migration office. They're coming at six.”",
    },
    detail "salvadoran_no_papers" {
      neutral = true,
      text = {
        es = "Xiomara es salvadoreña y dice que sus papeles para estar en Guatemala “no están en regla”.",
        en = "Xiomara is Salvadoran and says her papers for being in Guatemala “are not in order”.",
      },
      why = {
        es = "Ser migrante o estar en situación irregular no es señal de trata, y tampoco es el caso que hay que resolver aquí. Las víctimas a las que nadie identifica terminan detenidas o deportadas como migrantes irregulares.",
        en = "Being a migrant or having irregular status is not a sign of trafficking, nor is it the case to be solved here. Victims whom nobody identifies end up detained or deported as irregular migrants.",
      },
    },
    detail "voseo_and_cipotes" {
      neutral = true,
      text = {
        es = "Con Kevin habla de vos, con acento salvadoreño, y dice que tiene que llamar a “sus cipotes”.",
        en = "She speaks to Kevin with a Salvadoran accent, using “vos”, and says she has to call “her cipotes”, her kids.",
      },
      why = {
        es = "El acento y la forma de hablar dicen de dónde viene, no lo que le pasa. Sospechar de alguien por su nacionalidad es discriminación y no encuentra a ninguna víctima.",
        en = "Her accent and way of speaking say where she comes from, not what is happening to her. Suspecting someone because of their nationality is discrimination, and it finds no victims.",
      },
    },
    detail "apron_in_bag" {
      neutral = true,
      text = {
        es = "En la bolsa lleva un delantal y una redecilla que huelen a comal: trabaja en una cocina.",
        en = "In her bag she carries an apron and a hairnet that smell of the griddle: she works in a kitchen.",
      },
      why = {
        es = "Trabajar en un comedor no es señal de nada. Muchas personas migrantes cocinan en comedores con un trato justo; lo que importa son las condiciones y quién las impone.",
        en = "Working in an eatery is not a sign of anything. Many migrants cook in eateries and are treated fairly; what matters are the conditions, and who imposes them.",
      },
    },
    detail "back_by_six" {
      indicator = "not_free_to_leave",
      text = {
        es = "Pregunta la hora a cada rato: solo sale los domingos por la tarde y tiene que estar de vuelta a las seis, o “se lo cobran”.",
        en = "She keeps asking the time: she is only allowed out on Sunday afternoons and must be back by six, or “they charge her for it”.",
      },
    },
    detail "pale_at_migration" {
      indicator = "fear_of_police",
      text = {
        es = "Cuando Chávez menciona Migración, se pone pálida: su patrón le ha dicho que la policía encierra años a las salvadoreñas sin papeles.",
        en = "When Chávez mentions the migration office she turns pale: her boss has told her the police lock up Salvadoran women without papers for years.",
      },
    },
    choice {
      id = "ask_migration_to_wait",
      to = "the_boss_arrives",
      practice = "screen_before_detention",
      effects = { trust = 1 },
      text = {
        es = "Pedirle a Chávez que les diga a los de Migración que esperen. Antes de decidir nada sobre sus papeles, hablar con cada uno aparte, y con ella ante una agente.",
        en = "Ask Chávez to tell the migration officers to wait. Before anything is decided about their papers, talk to each separately, and to her with a woman officer present.",
      },
      note = {
        es = "Primero, saber si puede ser víctima. Los principios de la Oficina de Derechos Humanos de la ONU sobre trata piden que las medidas contra la trata no dañen los derechos de las personas migrantes. Quien no es identificado a tiempo termina detenido o deportado.",
        en = "First find out whether she may be a victim. The UN human rights office's principles on trafficking ask that anti-trafficking measures must not harm the rights of migrants. Whoever is not identified in time ends up detained or deported.",
      },
    },
    choice {
      id = "send_the_dpi_case_to_the_judge",
      to = "charged",
      harm = "charge_victim_for_offences",
      text = {
        es = "Hacer lo que toca con un documento falso: levantar el acta por uso de documento falso, ponerla a disposición del juzgado de turno y dejar lo migratorio para después.",
        en = "Do what the law asks with a false document: write up the use of a false document, bring her before the duty judge, and leave the migration question for afterwards.",
      },
      consequence = {
        es = "Xiomara pasó la noche detenida por un DPI que le había conseguido su patrón. Nadie le preguntó quién se lo dio ni para qué.",
        en = "Xiomara spent the night in custody over a DPI her boss had obtained for her. No one asked her who gave it to her, or why.",
      },
    },
    choice {
      id = "hand_both_to_migration",
      to = "deported",
      harm = "deport_before_screening",
      text = {
        es = "Los papeles son asunto de Migración, no de la Fiscalía contra la Trata: entregarles a los dos a las seis y mandar el DPI al fiscal con un informe.",
        en = "Papers are a matter for the migration office, not for the Fiscalía contra la Trata: hand them both over at six and send the DPI to the prosecutor with a short report.",
      },
      consequence = {
        es = "Migración se la llevó sin que nadie hablara con ella a solas. Lo que le pasaba en esa cocina no lo supo nadie.",
        en = "She was taken away before anyone had spoken with her alone. No one ever learned what was happening to her in that kitchen.",
      },
    },
    choice {
      id = "keep_the_dpi_and_let_them_go",
      to = "back_to_work",
      harm = "leave_without_referral",
      text = {
        es = "No hacer un caso de una cocinera con papeles prestados: decomisar el DPI, anotar sus datos y dejar que los dos se vayan antes de que su patrón se preocupe.",
        en = "Don't make a case out of a cook with borrowed papers: seize the DPI, take down their details and let them both go before their boss starts to worry.",
      },
      consequence = {
        es = "Volvió a la cocina tarde, sin DPI y sin un solo contacto de ayuda. Nadie le preguntó por qué tenía tanto miedo.",
        en = "She got back to the kitchen late, without the DPI and without a single contact for help. No one asked her why she was so afraid.",
      },
    },
  },

  scene "the_boss_arrives" {
    text = {
      es = "Antes de que usted empiece, entra un hombre de camisa planchada y carpeta bajo el brazo: el licenciado Edgar Rodas, dueño del Comedor Las Tres Ceibas. Kevin le avisó por teléfono. Saluda a los agentes por su nombre. “Xiomara trabaja conmigo, es como de la familia. Lo del DPI fue un error del tramitador. Sus papeles de verdad los tengo yo, bien guardados. Yo respondo por ella y me la llevo, que hoy hay cena.” Se vuelve hacia ella: “¿Verdad, Xiomi, que estás bien?”",
      en = "Before you can begin, a man in an ironed shirt walks in with a folder under his arm: licenciado Edgar Rodas, owner of the Comedor Las Tres Ceibas. Kevin phoned him. He greets the officers by name. “Xiomara works for me, she's like family. The DPI was the paperwork agent's mistake. I have her real papers, safely put away. I'll vouch for her and take her with me, we have dinner service tonight.” He turns to her: “You're fine, aren't you, Xiomi?”",
    },
    detail "answers_for_her" {
      indicator = "controlled_communication",
      text = {
        es = "El licenciado contesta por ella y termina con una pregunta a la que ella solo puede decir que sí.",
        en = "The licenciado answers for her and ends with a question she can only say yes to.",
      },
    },
    detail "papers_in_his_safe" {
      indicator = "documents_held",
      text = {
        es = "Dice que los “papeles de verdad” de Xiomara, su DUI salvadoreño, los guarda él en la caja fuerte del comedor.",
        en = "He says Xiomara's “real papers”, her Salvadoran DUI identity card, are in the safe at his eatery.",
      },
    },
    detail "permits_in_folder" {
      neutral = true,
      text = {
        es = "En la carpeta trae la licencia sanitaria y la patente de comercio del comedor, todo vigente.",
        en = "His folder holds the eatery's health licence and business registration, all up to date.",
      },
      why = {
        es = "Que un negocio tenga sus permisos en regla no dice nada de cómo trata a quienes trabajan ahí. No es una señal de trata, ni una prueba de que no la haya.",
        en = "A business having its permits in order says nothing about how it treats the people who work there. It is not a sign of trafficking, nor proof that there is none.",
      },
    },
    detail "he_was_good_to_me" {
      indicator = "protects_exploiter",
      text = {
        es = "Xiomara se apura a decir que el licenciado “se ha portado bien”, que le dio trabajo cuando nadie más se lo daba.",
        en = "Xiomara hurries to say the licenciado “has been good to her”, that he gave her work when no one else would.",
      },
    },
    choice {
      id = "see_her_alone_first",
      to = "quiet_room",
      practice = "separate_from_companion",
      effects = { trust = 1 },
      text = {
        es = "Agradecerle y pedirle que espere afuera: el trámite es con ella. Pasar con Xiomara y la agente Pérez a la oficina del fondo y cerrar la puerta.",
        en = "Thank him and ask him to wait outside: the procedure is with her. Take Xiomara and Officer Pérez into the back office and close the door.",
      },
    },
    choice {
      id = "sit_down_with_both",
      to = "with_the_boss",
      harm = "interview_in_front_of_companion",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Aprovechar que él está aquí y tiene los papeles: sentarlos a los dos en el escritorio y aclarar de una vez lo del DPI, con calma y sin acusar a nadie.",
        en = "Make use of his being here with the papers: sit them both down at the desk and clear up the DPI once and for all, calmly and without accusing anyone.",
      },
      consequence = {
        es = "Con el licenciado al lado, Xiomara solo pudo repetir su versión. Él supo desde ese momento que la policía se interesaba por ella.",
        en = "With the licenciado beside her, Xiomara could only repeat his version. From that moment he knew the police were interested in her.",
      },
    },
    choice {
      id = "release_her_to_him",
      to = "back_to_work",
      harm = "leave_in_danger",
      text = {
        es = "Es su patrón y responde por ella: dejar que se la lleve, con el compromiso firmado de traer mañana el DUI de Xiomara a la subestación.",
        en = "He is her employer and vouches for her: let him take her, with his signed promise to bring Xiomara's DUI to the substation tomorrow.",
      },
      consequence = {
        es = "Xiomara se fue con el hombre que guardaba su DUI, justo cuando él sabía que la policía se había fijado en ella. Al día siguiente no llevó ningún documento.",
        en = "Xiomara left with the man who kept her DUI, just when he knew the police had noticed her. The next day he brought no document at all.",
      },
    },
  },

  scene "with_the_boss" {
    text = {
      es = "Con el licenciado sentado a su lado, Xiomara repite que el DPI lo sacó “un tramitador”, que ella vino por su gusto y que en el comedor la tratan bien. Él asiente: “Mañana le arreglo todo, oficial. Usted sabe cómo es esto.” Ella no levanta la vista de la mesa.",
      en = "With the licenciado sitting beside her, Xiomara repeats that the DPI was obtained by “a paperwork agent”, that she came of her own accord and that she is treated well at the eatery. He nods: “I'll sort it all out tomorrow, officer. You know how these things are.” She does not look up from the desk.",
    },
    detail "his_words_in_her_mouth" {
      indicator = "scripted_story",
      text = {
        es = "Xiomara usa las mismas palabras que el licenciado dijo hace un minuto: “un error del tramitador”.",
        en = "Xiomara uses the very words the licenciado used a minute ago: “the paperwork agent's mistake”.",
      },
    },
    choice {
      id = "go_on_with_her_alone",
      to = "quiet_room",
      practice = "separate_from_companion",
      text = {
        es = "Darle las gracias al licenciado y pedirle que espere afuera. Seguir solo con ella y la agente Pérez, en la oficina del fondo.",
        en = "Thank the licenciado and ask him to wait outside. Carry on with her and Officer Pérez only, in the back office.",
      },
    },
    choice {
      id = "take_his_word_for_it",
      to = "back_to_work",
      harm = "leave_in_danger",
      text = {
        es = "Anotar que el patrón regulariza mañana sus papeles, quedarse con el DPI como evidencia y dejar que ella se vaya con él a la cena.",
        en = "Note that the employer will put her papers in order tomorrow, keep the DPI as evidence, and let her go with him to the dinner service.",
      },
      consequence = {
        es = "Xiomara volvió al comedor con el hombre que la controlaba, y él ya sabía todo lo que la policía había preguntado.",
        en = "Xiomara went back to the eatery with the man who controlled her, and he now knew everything the police had asked.",
      },
    },
  },

  scene "quiet_room" {
    text = {
      es = "En la oficina del fondo, Xiomara se sienta con los brazos cruzados. La agente Pérez le ofrece un café; ella lo acepta y lo deja en la mesa sin probarlo. “Mire, yo no soy víctima de nada, yo vine a trabajar. Solo dígame una cosa: ¿me van a deportar? Porque si me mandan de vuelta, mis cipotes se quedan sin nada.”",
      en = "In the back office Xiomara sits with her arms folded. Officer Pérez offers her a coffee; she takes it and leaves it on the table untouched. “Look, I'm not a victim of anything, I came here to work. Just tell me one thing: are you going to deport me? Because if you send me back, my kids are left with nothing.”",
    },
    detail "children_on_the_phone" {
      neutral = true,
      text = {
        es = "En la pantalla del celular tiene la foto de sus hijos, de 14 y 10 años, que viven con su mamá en Chalchuapa.",
        en = "Her phone screen shows a photo of her children, aged 14 and 10, who live with her mother in Chalchuapa.",
      },
      why = {
        es = "Haber migrado para mantener a sus hijos es una decisión que toman muchas madres, y no es señal de trata. Sí explica cuánto le pesa el miedo a la deportación.",
        en = "Migrating to support her children is a decision many mothers make, and it is not a sign of trafficking. It does explain how heavily the fear of deportation weighs on her.",
      },
    },
    choice {
      id = "tell_her_what_you_can_and_cannot_say",
      to = "her_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Hablarle con honestidad: nada está decidido y usted no puede prometerle el resultado. Explicarle para qué es la charla, que puede parar y qué tendría que informar a la fiscal.",
        en = "Be honest: nothing is decided and you cannot promise her the outcome. Explain what the talk is for, that she can stop at any time, and what you would have to report to the prosecutor.",
      },
    },
    choice {
      id = "promise_she_can_stay",
      to = "her_story",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Tranquilizarla primero, porque asustada no va a hablar: “Nadie la va a deportar, se lo prometo. Cuénteme todo y yo me encargo de que le den permiso para quedarse y trabajar.”",
        en = "Reassure her first, or she won't talk while she's this scared: “No one is going to deport you, I promise. Tell me everything and I'll make sure you get permission to stay and work.”",
      },
      consequence = {
        es = "La promesa la calmó un rato. Cuando supo que su permiso no dependía de usted, dudó de todo lo demás que le dijo la policía esa noche.",
        en = "The promise calmed her for a while. When she learned that her permit was not up to you, she doubted everything else the police told her that night.",
      },
    },
    choice {
      id = "warn_her_not_to_lie",
      to = "her_story",
      harm = "treat_everyone_as_offender",
      effects = { trust = -1 },
      text = {
        es = "Advertirle antes, por su bien, que mentirle a la policía empeora las cosas: que explique de dónde salió el DPI y quién se lo hizo, y después se verá lo de Migración.",
        en = "Warn her first, for her own good, that lying to the police makes things worse: she should explain where the DPI came from and who made it, and then the migration question will be seen to.",
      },
      consequence = {
        es = "Xiomara oyó lo que el licenciado le había anunciado: que la policía la trataría como delincuente. Desde ahí contestó lo mínimo.",
        en = "Xiomara heard exactly what the licenciado had told her to expect: that the police would treat her as a criminal. From then on she answered the bare minimum.",
      },
    },
    choice {
      id = "get_straight_to_the_questions",
      to = "her_story",
      harm = "no_explanation_of_confidentiality_limits",
      text = {
        es = "No alargarle la espera con explicaciones: preguntarle de una vez dónde trabaja, desde cuándo, cuánto le pagan y quién le consiguió el DPI.",
        en = "Don't keep her waiting with explanations: ask her straight away where she works, since when, how much she is paid and who got her the DPI.",
      },
      consequence = {
        es = "Sin saber adónde iría lo que contaba, contestó con cuidado y se guardó lo que más le pesaba.",
        en = "Not knowing where her words would go, she answered carefully and kept back what weighed on her most.",
      },
    },
  },

  scene "her_story" {
    text = {
      es = "Poco a poco, Xiomara cuenta. En Chalchuapa era cocinera de un comedor escolar. En enero vio en Facebook una oferta: jefa de cocina en un restaurante de la capital guatemalteca, 500 dólares al mes, cuarto y comida, “nosotros arreglamos los papeles”. Una señora, Sandra, le pagó el bus y la trajo. Al llegar, el licenciado le pidió el DUI “para el permiso de trabajo”, que nunca llegó. Después le dio el DPI ajeno, “para que nadie moleste”. Lleva siete meses en Las Tres Ceibas. Repite que no quiere denunciar a nadie: quiere su pisto y su DUI. En eso llama la auxiliar fiscal Morales y le pide un resumen rápido de lo que tienen. Chávez opina desde la puerta: “Ella se vino porque quiso, y a la que la trajo le debe el viaje. Eso es tráfico de migrantes y un pleito de salarios, no trata.”",
      en = "Bit by bit, Xiomara tells her story. In Chalchuapa she cooked at a school canteen. In January she saw an offer on Facebook: head cook at a restaurant in Guatemala City, 500 dollars a month, room and board, “we'll sort out your papers”. A woman called Sandra paid her bus fare and brought her. On arrival, the licenciado asked for her DUI “for the work permit”, which never came. Later he gave her someone else's DPI, “so nobody bothers you”. She has been at Las Tres Ceibas for seven months. She repeats that she does not want to report anyone: she wants her money and her DUI. Just then assistant prosecutor Morales phones and asks you for a quick summary of what you have. Chávez chips in from the doorway: “She came because she wanted to, and she owes the woman who brought her for the trip. That's migrant smuggling and a wage dispute, not trafficking.”",
    },
    prompt = {
      es = "Ordene lo que sabe en tres columnas: qué se hizo con ella (acto), cómo (medio) y para qué (fin). ¿Qué le falta a la lectura de Chávez? ¿Qué cambia que ella haya aceptado venir?",
      en = "Sort what you know into three columns: what was done with her (act), how (means) and what for (purpose). What is missing from Chávez's reading? What difference does it make that she agreed to come?",
    },
    detail "head_cook_offer" {
      indicator = "deceptive_job_offer",
      text = {
        es = "Le ofrecieron ser jefa de cocina en un restaurante. Trabaja de ayudante en un comedor y, de noche, limpia la casa del licenciado.",
        en = "She was offered a head cook's job in a restaurant. She works as a kitchen hand in an eatery and, at night, cleans the licenciado's house.",
      },
    },
    detail "fare_on_account" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "Sandra le pagó el bus y “el trámite” a cuenta de su primer sueldo.",
        en = "Sandra paid her bus fare and “the paperwork” against her first wages.",
      },
    },
    detail "five_to_ten" {
      indicator = "excessive_hours",
      text = {
        es = "Trabaja de cinco de la mañana a diez de la noche, seis días y medio por semana.",
        en = "She works from five in the morning to ten at night, six and a half days a week.",
      },
    },
    detail "storeroom_mattress" {
      indicator = "sleeps_at_workplace",
      text = {
        es = "Duerme en un colchón en la bodega, detrás de la cocina.",
        en = "She sleeps on a mattress in the storeroom behind the kitchen.",
      },
    },
    detail "threat_over_the_dpi" {
      indicator = "threat_of_denunciation",
      text = {
        es = "El licenciado le ha dicho que, si se va, la denuncia por el DPI falso: primero la cárcel y después la deportación.",
        en = "The licenciado has told her that if she leaves he will report her for the false DPI: prison first, then deportation.",
      },
    },
    detail "debt_that_grows" {
      indicator = "debt_bondage",
      when = "trust >= 3",
      text = {
        es = "Dice que debe “más de 900 dólares” por el viaje, el trámite, el DPI, el cuarto y la comida, y que cada mes debe más de lo que gana.",
        en = "She says she owes “over 900 dollars” for the trip, the paperwork, the DPI, the room and the food, and that every month she owes more than she earns.",
      },
    },
    detail "pay_goes_to_the_debt" {
      indicator = "no_pay",
      when = "trust >= 4",
      text = {
        es = "En siete meses ha recibido unos 60 dólares; lo demás, el licenciado lo apunta “a la deuda”. Desde marzo no ha podido mandarle nada a su mamá.",
        en = "In seven months she has received about 60 dollars; the licenciado writes the rest down “against the debt”. Since March she has not been able to send her mother anything.",
      },
    },
    detail "she_decided_to_come" {
      neutral = true,
      text = {
        es = "Dice claramente que decidió venir ella sola: en Chalchuapa el sueldo no alcanzaba.",
        en = "She says clearly that coming was her own decision: in Chalchuapa her wages were not enough.",
      },
      why = {
        es = "Decidir migrar para trabajar no es señal de trata ni la convierte en infractora. Tampoco quiere decir que aceptó lo que vino después: cuando hubo engaño, deuda o amenazas, su consentimiento deja de contar.",
        en = "Deciding to migrate for work is not a sign of trafficking, and it does not make her an offender. Nor does it mean she agreed to what came after: once deception, debt or threats were used, her consent no longer counts.",
      },
    },
    choice {
      id = "give_the_three_elements",
      to = "migration_at_the_door",
      practice = { "identify_the_elements", "distinguish_smuggling_trafficking" },
      set = { identified = 1 },
      text = {
        es = "Darle a la fiscal los tres elementos: la captaron y la alojan (acto); con engaño, deuda, su DUI retenido y amenazas (medio); para trabajar sin paga (fin). Que aceptara venir no cuenta.",
        en = "Give the prosecutor the three elements: recruited and housed (act); deception, debt, her DUI held and threats (means); unpaid work (purpose). Her agreeing to come does not count.",
      },
      note = {
        es = "El Protocolo de Palermo pide tres elementos en el caso de una persona adulta: un acto (captar, trasladar, acoger), un medio (engaño, amenaza, deuda, abuso de su situación) y un fin de explotación. Si se usó uno de esos medios, su consentimiento no cuenta. La calificación según la ley guatemalteca la hace la fiscalía.",
        en = "The Palermo Protocol requires three elements for an adult: an act (recruiting, moving, harbouring), a means (deception, threats, debt, abuse of her situation) and a purpose of exploitation. Once one of those means was used, her consent does not count. The charge under Guatemalan law is the prosecutor's call.",
      },
    },
    choice {
      id = "report_smuggling_and_wages",
      to = "migration_at_the_door",
      harm = "treat_as_smuggling_only",
      text = {
        es = "Coincidir con Chávez: un viaje que ella aceptó, que terminó al llegar y que todavía debe, más unos salarios sin pagar. Reportar tráfico de migrantes y mandar lo laboral a la inspección de trabajo.",
        en = "Agree with Chávez: a journey she accepted, which ended on arrival and which she still owes for, plus some unpaid wages. Report migrant smuggling and send the wage issue to the labour inspectorate.",
      },
      note = {
        es = "En el tráfico ilícito, la persona acepta el traslado y todo termina al llegar. En la trata, la explotación sigue después. Aquí el viaje fue la puerta: lo que vino es deuda, DUI retenido, amenazas y trabajo sin paga. Un viaje aceptado puede volverse trata.",
        en = "In smuggling the person agrees to be moved, and it all ends on arrival. In trafficking the exploitation goes on afterwards. Here the journey was the way in: what followed was debt, a DUI held, threats and unpaid work. A journey agreed to can turn into trafficking.",
      },
    },
    choice {
      id = "report_a_document_and_a_debt",
      to = "migration_at_the_door",
      harm = "dismiss_because_she_consented",
      text = {
        es = "Ser preciso con la fiscal: ella misma dice que vino por su voluntad, que conoce el oficio y que quiere volver al comedor. Hay un documento falso y un patrón que le debe, no una víctima.",
        en = "Be precise with the prosecutor: she says herself she came of her own free will, knows the trade and wants to go back to the eatery. There is a false document and an employer who owes her, not a victim.",
      },
      note = {
        es = "Ella aceptó un viaje y un trabajo de cocinera, no siete meses sin paga y bajo amenaza. Cuando hubo engaño, deuda o amenazas, su “sí” no cierra el caso.",
        en = "She agreed to a journey and a cook's job, not to seven months unpaid and under threat. Once there was deception, debt or threats, her “yes” does not close the case.",
      },
    },
    choice {
      id = "call_it_the_usual_case",
      to = "migration_at_the_door",
      harm = "profile_by_appearance",
      set = { identified = 1 },
      effects = { case = -1 },
      text = {
        es = "Decirle a la fiscal que es trata, sin más vueltas: extranjera, sin papeles, con un DPI falso y trabajando en una cocina de la capital. Ya se han visto muchos casos así.",
        en = "Tell the prosecutor it is trafficking, no question: a foreigner, without papers, with a false DPI and working in a kitchen in the capital. Plenty of cases like this have been seen.",
      },
      consequence = {
        es = "La fiscal preguntó por el medio y el fin, y el informe solo hablaba de nacionalidad y papeles. El caso empezó sin lo que Xiomara sí había contado.",
        en = "The prosecutor asked about the means and the purpose, and the report spoke only of nationality and papers. The case began without what Xiomara had actually told you.",
      },
      note = {
        es = "La conclusión puede coincidir, pero el motivo no sirve: la nacionalidad, los papeles o el tipo de trabajo no son señales. La fiscalía necesita el acto, el medio y el fin, y ella ya se los había contado.",
        en = "The conclusion may match, but the reasoning is no use: nationality, papers or the kind of work are not signs. The prosecutor needs the act, the means and the purpose, and she had already told you them.",
      },
    },
  },

  scene "migration_at_the_door" {
    text = {
      es = "A las seis en punto llegan dos agentes de Migración. “¿Dónde están los dos extranjeros? Nos los llevamos para el trámite.” Desde la oficina del fondo, Xiomara los oye. Se queda quieta, con la taza de café en la mano, y le pregunta en voz baja a la agente Pérez si ya se terminó todo.",
      en = "At six sharp two migration officers arrive. “Where are the two foreigners? We're taking them in for processing.” From the back office, Xiomara hears them. She sits very still, the coffee cup in her hand, and quietly asks Officer Pérez whether it is all over now.",
    },
    choice {
      id = "she_stays_with_the_prosecutor",
      to = "her_fear",
      when = "identified == 1",
      practice = "protection_not_deportation",
      text = {
        es = "Explicarles que Xiomara es posible víctima de trata y queda con la Fiscalía contra la Trata: no se la entrega ni se la detiene por sus papeles. De Kevin les informa enseguida.",
        en = "Explain that Xiomara is a possible trafficking victim and stays with the Fiscalía contra la Trata: she is not handed over or detained over her papers. About Kevin, you'll tell them shortly.",
      },
      note = {
        es = "Una víctima extranjera no es un caso migratorio. Tiene derecho a protección y a decidir entre quedarse mientras se resuelve su situación o volver de forma voluntaria y segura.",
        en = "A foreign victim is not an immigration case. She has a right to protection and to choose between staying while her situation is settled and a voluntary, safe return.",
      },
    },
    choice {
      id = "let_them_hold_her_tonight",
      to = "deported",
      when = "identified == 1",
      harm = "arrest_victim",
      text = {
        es = "Dejar que se la lleven a sus instalaciones solo por esta noche: ahí está más segura que en la subestación, y la fiscal puede entrevistarla allá mañana a primera hora.",
        en = "Let them take her to their facility just for tonight: she is safer there than at the substation, and the prosecutor can interview her there first thing tomorrow morning.",
      },
      consequence = {
        es = "Para Xiomara, pasar la noche bajo custodia de Migración fue la prueba de que el licenciado tenía razón. A la mañana siguiente no quiso hablar con nadie.",
        en = "For Xiomara, a night in the migration authority's custody was proof that the licenciado had been right. The next morning she would not speak to anyone.",
      },
    },
    choice {
      id = "hold_her_in_the_cell",
      to = "her_fear",
      when = "identified == 1",
      harm = "arrest_victim",
      effects = { trust = -2 },
      text = {
        es = "Pedirles que vuelvan mañana y dejarla esta noche en la carceleta de la subestación, por su propia seguridad: afuera el licenciado o su gente la pueden estar esperando.",
        en = "Ask them to come back tomorrow and keep her in the substation's holding cell tonight, for her own safety: the licenciado or his people may be waiting outside.",
      },
      consequence = {
        es = "La encerraron para protegerla, pero ella lo vivió como lo que era: una detención. Desde la carceleta ya no creyó nada de lo que le decían.",
        en = "She was locked up to protect her, but she lived it as what it was: detention. From inside the cell she no longer believed anything she was told.",
      },
    },
    choice {
      id = "go_back_over_the_elements",
      to = "her_fear",
      when = "identified == 0",
      practice = { "identify_the_elements", "distinguish_smuggling_trafficking" },
      set = { identified = 1, late = 1 },
      text = {
        es = "Pedirles diez minutos y volver a llamar a la fiscal: repasar con ella, elemento por elemento, qué se hizo con Xiomara, cómo y para qué, antes de que nadie se vaya de aquí.",
        en = "Ask them for ten minutes and call the prosecutor back: go over it with her, element by element, what was done to Xiomara, how and what for, before anyone leaves.",
      },
      note = {
        es = "Rectificar a tiempo es parte del trabajo. El traslado fue la puerta; la deuda, el DUI retenido y las amenazas son el medio, y el trabajo sin paga, el fin.",
        en = "Correcting yourself in time is part of the job. The journey was the way in; the debt, the DUI held and the threats are the means, and the unpaid work is the purpose.",
      },
    },
    choice {
      id = "hand_her_over_as_agreed",
      to = "deported",
      when = "identified == 0",
      harm = "deport_before_screening",
      text = {
        es = "Entregársela como quedó hablado: lo migratorio es de ellos, y el informe del DPI y de los salarios ya va para la fiscalía y para la inspección de trabajo.",
        en = "Hand her over as agreed: migration matters are theirs, and the report on the DPI and the wages is already on its way to the prosecutor and the labour inspectorate.",
      },
      consequence = {
        es = "Xiomara salió con Migración sin que nadie la viera como lo que era: una víctima. Lo que contó quedó en un informe de salarios.",
        en = "Xiomara left with the migration officers without anyone seeing her for what she was: a victim. What she told you ended up in a report about wages.",
      },
    },
    choice {
      id = "send_her_home_with_an_appointment",
      to = "back_to_work",
      when = "identified == 0",
      harm = "leave_in_danger",
      text = {
        es = "Pedirles que se vayan sin ella y dejar que Xiomara vuelva esta noche al comedor, con una cita el lunes en la inspección de trabajo para reclamar sus salarios.",
        en = "Ask them to leave without her and let Xiomara go back to the eatery tonight, with an appointment at the labour inspectorate on Monday to claim her wages.",
      },
      consequence = {
        es = "El único lugar adonde podía volver era la bodega del licenciado, y él ya sabía que había pasado la tarde con la policía.",
        en = "The only place she could go back to was the licenciado's storeroom, and he already knew she had spent the afternoon with the police.",
      },
    },
  },

  scene "her_fear" {
    text = {
      es = "Xiomara vio a los agentes de Migración en el pasillo. Habla rápido, sin mirar a nadie: “¿Y el DPI? El licenciado dice que por eso me dan años de cárcel y que después me mandan para El Salvador sin nada. Al licenciado lo aguanto. A Migración no. Prefiero volver a la cocina.”",
      en = "Xiomara saw the migration officers in the corridor. She talks fast, without looking at anyone: “And the DPI? The licenciado says I'll get years in prison for it, and then they'll send me back to El Salvador with nothing. The licenciado I can put up with. The migration people, no. I'd rather go back to the kitchen.”",
    },
    detail "he_reads_her_messages" {
      indicator = "isolation",
      text = {
        es = "Cuenta que el licenciado le paga el saldo del celular y le revisa los mensajes; a su mamá le dice que trabaja en un restaurante “bonito”.",
        en = "She says the licenciado pays for her phone credit and checks her messages; she tells her mother she works in a “nice” restaurant.",
      },
    },
    choice {
      id = "explain_she_is_not_a_suspect",
      to = "kevin",
      practice = { "non_punishment", "no_promises" },
      effects = { trust = 1 },
      text = {
        es = "Explicarle que la ven como posible víctima, no como sospechosa: el DPI es prueba contra quien se lo dio, no un cargo contra ella. Usted no la va a entregar a Migración por eso.",
        en = "Explain that she is seen as a possible victim, not a suspect: the DPI is evidence against whoever gave it to her, not a charge against her. You will not hand her over for it.",
      },
      note = {
        es = "La OSCE recomienda no castigar a las víctimas por delitos ligados a su situación de trata, como los documentos falsos. A veces los tratantes imponen esos delitos para controlarlas, y respetar este principio hace más probable que ella declare.",
        en = "The OSCE recommends that victims not be punished for offences linked to their trafficking, such as false documents. Traffickers sometimes impose those offences to control them, and upholding the principle makes it more likely that she will testify.",
      },
    },
    choice {
      id = "promise_papers_and_wages",
      to = "kevin",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Darle ánimo: como víctima le van a dar residencia y permiso de trabajo en Guatemala, y el licenciado va a tener que pagarle hasta el último centavo de los siete meses.",
        en = "Cheer her up: as a victim she will be given residence and a work permit in Guatemala, and the licenciado will have to pay her every last cent of the seven months.",
      },
      consequence = {
        es = "Nada de eso dependía de usted. Cuando los trámites no llegaron, Xiomara sintió que la policía también le había mentido.",
        en = "None of that was in your hands. When the permits did not come, Xiomara felt the police had lied to her too.",
      },
    },
    choice {
      id = "trade_the_dpi_for_testimony",
      to = "kevin",
      harm = "push_to_report",
      effects = { trust = -2 },
      text = {
        es = "Ser claro: si declara contra el licenciado, la fiscal puede olvidarse del DPI; si no quiere declarar, eso ya no depende de usted y el caso del documento sigue.",
        en = "Be clear with her: if she testifies against the licenciado, the prosecutor can forget about the DPI; if she won't, it is no longer up to you, and the document case goes ahead.",
      },
      consequence = {
        es = "Xiomara entendió que la ayuda tenía precio, como todo con el licenciado. Aceptó por miedo, y por miedo se retiró después.",
        en = "Xiomara understood that help came at a price, like everything with the licenciado. She agreed out of fear, and out of fear she withdrew later.",
      },
    },
    choice {
      id = "ask_why_she_used_it",
      to = "kevin",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Entenderla primero: preguntarle por qué aceptó usar un DPI ajeno y por qué no buscó a su consulado cuando vio que el permiso de trabajo no llegaba.",
        en = "Understand her first: ask her why she agreed to use someone else's DPI and why she did not go to her consulate when she saw the work permit was not coming.",
      },
      consequence = {
        es = "La pregunta le confirmó lo que el licenciado le repetía: que la culpa era de ella. Dejó de contar.",
        en = "The question confirmed what the licenciado kept telling her: that it was her fault. She stopped talking.",
      },
    },
  },

  scene "kevin" {
    text = {
      es = "Chávez vuelve con Kevin, de 22 años, de Choloma. Kevin habla tranquilo, casi aburrido: “Le pagué a un coyote en San Pedro para que me llevara hasta México, todo por adelantado. Aquí me bajé a juntar pisto para seguir. Me pagan cada sábado, vivo con unos primos en la zona 18 y, si me quiero ir, me voy.” Los agentes de Migración preguntan si se lo llevan a él. Chávez se vuelve hacia usted: “Este también vino con coyote. ¿Lo metemos en el caso de trata?”",
      en = "Chávez comes back with Kevin, 22, from Choloma. Kevin speaks calmly, almost bored: “I paid a coyote in San Pedro to take me as far as Mexico, all of it up front. I got off here to save up money to carry on. They pay me every Saturday, I live with some cousins in zona 18 and, if I want to leave, I leave.” The migration officers ask whether they are taking him. Chávez turns to you: “This one came with a coyote too. Do we put him in the trafficking case?”",
    },
    prompt = {
      es = "Kevin y Xiomara trabajan en la misma cocina y los dos cruzaron una frontera. ¿Qué tiene el caso de ella que al de él le falta? ¿A qué tiene derecho él, aunque no sea trata?",
      en = "Kevin and Xiomara work in the same kitchen and both crossed a border. What does her case have that his lacks? What is he entitled to, even if it is not trafficking?",
    },
    detail "paid_a_coyote" {
      neutral = true,
      text = {
        es = "Kevin le pagó a un coyote para cruzar fronteras y piensa seguir hacia el norte.",
        en = "Kevin paid a coyote to get him across borders and plans to carry on north.",
      },
      why = {
        es = "Pagar para que lo crucen es tráfico ilícito de migrantes: él lo aceptó, lo pagó y no le debe nada a nadie. Según la OIM es un delito contra el Estado, no contra la persona, y no es por sí solo señal de trata.",
        en = "Paying to be taken across is migrant smuggling: he agreed to it, paid for it and owes no one anything. IOM calls it a crime against the State, not against the person, and on its own it is not a sign of trafficking.",
      },
    },
    detail "own_room_own_id" {
      neutral = true,
      text = {
        es = "Vive en un cuarto que alquila con sus primos y lleva su identificación en la bolsa.",
        en = "He lives in a room he rents with his cousins and carries his own ID in his pocket.",
      },
      why = {
        es = "No son señales de nada: muestran que, por lo que cuenta, nadie le controla los papeles ni dónde duerme. Vale la pena confirmarlo, no suponerlo.",
        en = "These are not signs of anything: they show that, on his account, no one controls his papers or where he sleeps. It is worth confirming, not assuming.",
      },
    },
    detail "below_minimum_wage" {
      neutral = true,
      text = {
        es = "Le pagan en efectivo cada sábado, menos del salario mínimo y sin prestaciones.",
        en = "He is paid in cash every Saturday, below the minimum wage and with no benefits.",
      },
      why = {
        es = "Un salario bajo, sin engaño, sin deuda y con libertad para irse, es abuso laboral, no trata: falta el medio que la trata exige en una persona adulta. Merece un reclamo ante la inspección de trabajo.",
        en = "Low pay, with no deception, no debt and freedom to leave, is labour abuse, not trafficking: the means that trafficking requires for an adult is missing. It deserves a complaint to the labour inspectorate.",
      },
    },
    detail "her_pay_in_the_notebook" {
      indicator = "no_control_of_money",
      text = {
        es = "Kevin cuenta que los sábados a todos les pagan en efectivo menos a Xiomara: a ella el licenciado “se lo apunta en el cuaderno”.",
        en = "Kevin says everyone is paid in cash on Saturdays except Xiomara: the licenciado “writes hers down in the notebook”.",
      },
    },
    choice {
      id = "screen_kevin_by_the_elements",
      to = "the_search",
      practice = { "identify_the_elements", "protect_labour_rights" },
      text = {
        es = "Hacerle también a él, a solas, las tres preguntas. Si se confirma lo que cuenta, no es trata sino tráfico y abuso laboral: anotarlo así y orientarlo sobre su salario y su consulado.",
        en = "Ask him the three questions too, alone. If his account holds, it is smuggling and labour abuse, not trafficking: record it so, and tell him where to claim his wages and reach his consulate.",
      },
      note = {
        es = "Mismas rutas, casos distintos. Que no sea trata no lo deja sin derechos: puede reclamar su salario y pedir orientación consular. Su situación migratoria es un asunto aparte, con sus propias reglas, y no lo convierte en víctima ni en sospechoso.",
        en = "Same routes, different cases. Not being trafficked does not leave him without rights: he can claim his wages and seek consular advice. His migration status is a separate matter, with its own rules, and makes him neither a victim nor a suspect.",
      },
    },
    choice {
      id = "add_kevin_as_a_second_victim",
      to = "the_search",
      harm = "label_without_the_elements",
      effects = { case = -1 },
      text = {
        es = "Meterlo en el caso como segunda víctima: mismo patrón, misma cocina, extranjero, traído por alguien a quien le pagó y con un sueldo por debajo del mínimo. Así el caso pesa más.",
        en = "Add him to the case as a second victim: same boss, same kitchen, a foreigner, brought in by someone he paid and earning below the minimum wage. That makes the case weigh more.",
      },
      consequence = {
        es = "Kevin no se reconoció en el expediente y se negó a firmarlo. La defensa del licenciado usó ese error para poner en duda todo el caso, también lo de Xiomara.",
        en = "Kevin did not recognise himself in the file and refused to sign it. The licenciado's defence used the mistake to cast doubt on the whole case, Xiomara's part included.",
      },
    },
    choice {
      id = "hand_kevin_to_migration",
      to = "the_search",
      harm = "treat_as_smuggling_only",
      effects = { case = -1 },
      text = {
        es = "Él mismo dice que vino con coyote: es un caso de tráfico de migrantes. Entregárselo a Migración con un informe sobre el coyote para la fiscalía, sin preguntarle nada más del comedor.",
        en = "He says himself he came with a coyote: it is a smuggling case. Hand him to the migration officers with a report on the coyote for the prosecutor, without asking him anything more about the eatery.",
      },
      consequence = {
        es = "Nadie le preguntó por su trabajo ni por lo que había visto. Kevin era el único testigo de cómo se le pagaba a Xiomara, y la fiscalía lo perdió.",
        en = "No one asked him about his work or what he had seen. Kevin was the only witness to how Xiomara was paid, and the prosecutor lost him.",
      },
    },
  },

  scene "the_search" {
    text = {
      es = "A las nueve de la noche, la fiscal Morales llega con una orden judicial para registrar Las Tres Ceibas. Usted va con el equipo de la PNC; Xiomara se queda en la subestación con la agente Pérez. En el comedor hay clientes cenando, doña Tere en la plancha y el licenciado Rodas, que ya no sonríe. Detrás de la cocina está la bodega donde duerme Xiomara. El licenciado se le acerca a usted delante de todos: “Fue la salvadoreña, ¿verdad? ¿Qué les contó?”",
      en = "At nine at night, prosecutor Morales arrives with a court order to search Las Tres Ceibas. You go with the PNC team; Xiomara stays at the substation with Officer Pérez. In the eatery there are customers having dinner, doña Tere at the griddle and licenciado Rodas, who has stopped smiling. Behind the kitchen is the storeroom where Xiomara sleeps. The licenciado comes up to you in front of everyone: “It was the Salvadoran, wasn't it? What did she tell you?”",
    },
    detail "debt_notebook" {
      indicator = "debt_bondage",
      text = {
        es = "En la caja hay un cuaderno escolar: “Xiomara, debe”, con sumas que crecen cada semana por el cuarto, la comida y “multas”.",
        en = "At the till there is a school notebook: “Xiomara, owes”, with sums that grow every week for the room, the food and “fines”.",
      },
    },
    detail "three_ids_in_the_safe" {
      indicator = "documents_held",
      text = {
        es = "En la caja fuerte están el DUI de Xiomara y los documentos de otras dos mujeres que, según doña Tere, “ya no trabajan aquí”.",
        en = "In the safe are Xiomara's DUI and the documents of two other women who, according to doña Tere, “don't work here any more”.",
      },
    },
    detail "bolt_on_the_outside" {
      indicator = "not_free_to_leave",
      text = {
        es = "La puerta de la bodega tiene un pasador por fuera.",
        en = "The storeroom door has a bolt on the outside.",
      },
    },
    detail "tere_goes_home" {
      neutral = true,
      text = {
        es = "Doña Tere, guatemalteca, cuenta que lleva seis años ahí, que cobra cada quincena y que duerme en su casa.",
        en = "Doña Tere, a Guatemalan, says she has worked there six years, is paid every fortnight and sleeps at home.",
      },
      why = {
        es = "Que otra trabajadora esté bien tratada no es una señal, ni le resta nada a lo que vive Xiomara. Cada persona se evalúa por su propia situación.",
        en = "Another worker being treated well is not a sign, and it takes nothing away from what Xiomara is going through. Each person is assessed on their own situation.",
      },
    },
    choice {
      id = "give_him_the_usual_answer",
      to = "what_she_wants",
      practice = "keep_confidentiality",
      text = {
        es = "Darle la respuesta de siempre, delante de todos: hay una orden judicial, la fiscal le explicará de qué se trata, y aquí no se comenta quién dijo qué.",
        en = "Give him the standard answer, in front of everyone: there is a court order, the prosecutor will explain what it is about, and no one here discusses who said what.",
      },
    },
    choice {
      id = "tell_him_what_he_faces",
      to = "what_she_wants",
      harm = "expose_identity",
      effects = { safety = -2 },
      text = {
        es = "Decirle claro, para que no la busque: Xiomara ya contó lo del DUI y el cuaderno, está bajo protección de la fiscalía y, si se le acerca, lo van a detener.",
        en = "Tell him plainly, so that he stays away from her: Xiomara has told you about the DUI and the notebook, she is under the prosecutor's protection, and if he goes near her he will be arrested.",
      },
      consequence = {
        es = "Esa misma noche, Sandra llamó a la mamá de Xiomara en Chalchuapa para recordarle la deuda. Xiomara tuvo miedo por sus hijos.",
        en = "That same night Sandra phoned Xiomara's mother in Chalchuapa to remind her of the debt. Xiomara was afraid for her children.",
      },
    },
    choice {
      id = "offer_him_a_settlement",
      to = "what_she_wants",
      harm = "let_it_drop",
      effects = { case = -1 },
      text = {
        es = "Aprovechar que él quiere arreglar: proponerle que devuelva hoy el DUI y pague los siete meses, y decirle que así todo puede quedar en un problema laboral.",
        en = "Use the fact that he wants to settle: suggest he returns the DUI today and pays the seven months, and tell him that way it can all stay a labour matter.",
      },
      consequence = {
        es = "El licenciado entendió que la policía negociaba. Le pagó a Xiomara una parte, y con eso la convenció de no declarar. Nadie buscó a las otras dos mujeres.",
        en = "The licenciado understood the police were willing to deal. He paid Xiomara part of what he owed, and with that talked her out of testifying. No one looked for the other two women.",
      },
    },
  },

  scene "what_she_wants" {
    text = {
      es = "Pasadas las once, en la subestación, la fiscal fotografía el DUI de Xiomara y se lo devuelve. Xiomara lo mira un rato largo. Después dice lo que quiere: no volver a Las Tres Ceibas, pero tampoco regresar a El Salvador “así, con las manos vacías y debiendo”. Quiere trabajar y mandarles algo a sus cipotes. No sabe si quiere declarar: “Eso lo decido yo, ¿verdad?” Y no quiere que llamen a su consulado: “Ahí solo saben mandar a la gente de vuelta.”",
      en = "After eleven, back at the substation, the prosecutor photographs Xiomara's DUI and hands it back to her. Xiomara looks at it for a long time. Then she says what she wants: not to go back to Las Tres Ceibas, but not to return to El Salvador either, “like this, empty-handed and in debt”. She wants to work and send her kids something. She does not know whether she wants to testify: “That's my decision, isn't it?” And she does not want her consulate called: “All they know is how to send people back.”",
    },
    prompt = {
      es = "Ella no quiere declarar todavía, ni volver, ni que llamen a su consulado. ¿Qué le toca decidir a ella y qué le toca hacer a usted?",
      en = "She does not want to testify yet, or to go back, or to have her consulate called. What is hers to decide, and what is yours to do?",
    },
    detail "jokes_about_the_coffee" {
      neutral = true,
      text = {
        es = "Se ríe del café de la subestación y dice que ella haría unas pupusas mejores que las de cualquier comedor chapín.",
        en = "She laughs at the substation coffee and says she could make better pupusas than any Guatemalan eatery.",
      },
      why = {
        es = "Que bromee o se vea tranquila no prueba que esté bien, ni que no sea víctima. Cada persona se sostiene como puede.",
        en = "Joking or seeming calm proves neither that she is fine nor that she is not a victim. Everyone holds themselves together as best they can.",
      },
    },
    detail "the_other_two_women" {
      indicator = "moved_between_venues",
      when = "trust >= 5",
      text = {
        es = "Cuenta que a las dueñas de los otros dos documentos el licenciado “se las pasó” a un conocido que tiene un comedor en Escuintla.",
        en = "She says the licenciado “passed on” the owners of the other two documents to an acquaintance who runs an eatery in Escuintla.",
      },
    },
    choice {
      id = "go_over_her_options_with_her",
      to = "tonight",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Repasar con ella sus opciones: un albergue esta noche si quiere, quedarse mientras se resuelve su situación o un regreso seguro cuando lo pida. Declarar y llamar al consulado lo decide ella.",
        en = "Go through her options with her: a shelter tonight if she wants, staying while her situation is settled, or a safe return when she asks. Testifying and calling the consulate are hers to decide.",
      },
    },
    choice {
      id = "arrange_her_return",
      to = "sent_home",
      harm = "force_return",
      text = {
        es = "Convencerla de lo más seguro: pedirle al consulado de El Salvador que organice su regreso esta misma semana. Allá están sus hijos y su mamá, y aquí el licenciado sabe dónde buscarla.",
        en = "Persuade her of the safest course: ask the Salvadoran consulate to arrange her return this very week. Her children and her mother are there, and here the licenciado knows where to find her.",
      },
      consequence = {
        es = "Xiomara volvió a Chalchuapa contra su voluntad, con la deuda encima y sin trabajo.",
        en = "Xiomara went back to Chalchuapa against her will, with the debt hanging over her and no work.",
      },
    },
    choice {
      id = "help_if_she_testifies",
      to = "tonight",
      harm = "push_to_report",
      effects = { trust = -2 },
      text = {
        es = "Explicarle cómo funciona: el albergue y la ayuda con los papeles son para las víctimas que denuncian, así que le conviene declarar mañana temprano ante la fiscal.",
        en = "Explain how it works: the shelter and help with papers are for victims who file a complaint, so she had better give her statement to the prosecutor first thing tomorrow.",
      },
      consequence = {
        es = "No era cierto, y ella lo sintió como otra condición más. Aceptó a medias y dejó de confiar.",
        en = "It was not true, and she felt it as one more condition. She half agreed and stopped trusting you.",
      },
    },
    choice {
      id = "give_her_money_for_a_room",
      to = "nowhere_to_go",
      harm = "leave_without_referral",
      text = {
        es = "Respetar que es adulta y ya tiene su DUI: darle la tarjeta de la fiscal y para un cuarto de hotel esta noche, y que mañana decida con calma qué quiere.",
        en = "Respect that she is an adult and has her DUI back: give her the prosecutor's card and money for a hotel room tonight, and let her decide calmly tomorrow what she wants.",
      },
      consequence = {
        es = "Pasó la noche sola, sin nadie que le explicara adónde acudir ni qué protección tenía.",
        en = "She spent the night alone, with no one to explain where to turn or what protection she had.",
      },
    },
  },

  scene "tonight" {
    text = {
      es = "Es casi medianoche. La fiscal convoca al ERI. Hay pocos albergues para mujeres adultas, y el que tiene lugar queda al otro lado de la ciudad. Xiomara está cansada y desconfía de todos, también de usted. Más temprano, Kevin ofreció que pasara la noche con sus primos. Hay que decidir con ella adónde va esta noche y qué pasa mañana.",
      en = "It is nearly midnight. The prosecutor convenes the ERI. There are few shelters for adult women, and the one with a place is on the other side of the city. Xiomara is tired and distrusts everyone, you included. Earlier, Kevin offered to let her spend the night at his cousins' place. Where she goes tonight and what happens tomorrow has to be decided with her.",
    },
    choice {
      id = "refer_through_the_eri",
      to = "her_own_choice",
      when = "trust >= 6 and safety >= 2 and case >= 1 and late == 0",
      practice = "refer_to_services",
      text = {
        es = "Ofrecerle, con el ERI, el albergue, apoyo psicológico y asesoría legal sobre su estadía y sus salarios. Si acepta, acompañarla hasta allá y dejarle el contacto directo de la fiscal.",
        en = "Offer her, through the ERI, the shelter, psychological support and legal advice on her stay and wages. If she agrees, go there with her and leave her the prosecutor's direct contact.",
      },
      note = {
        es = "El ERI reúne a instituciones del Estado, coordinadas por la SVET y convocadas por el Ministerio Público. Si le da un número de denuncia, como el 1555 que la PDH imprimió en sus informes de 2016 y 2017, confírmelo antes: los números cambian.",
        en = "The ERI brings State institutions together, coordinated by the SVET and convened by the Public Ministry. If you give her a complaints number, such as the 1555 the PDH printed on its 2016 and 2017 reports, check it first: numbers change.",
      },
    },
    choice {
      id = "refer_through_the_eri_too_late",
      to = "safe_for_now",
      when = "not (trust >= 6 and safety >= 2 and case >= 1 and late == 0)",
      practice = "refer_to_services",
      text = {
        es = "Ofrecerle, con el ERI, el albergue, apoyo psicológico y asesoría legal sobre su estadía y sus salarios. Si acepta, acompañarla hasta allá y dejarle el contacto directo de la fiscal.",
        en = "Offer her, through the ERI, the shelter, psychological support and legal advice on her stay and wages. If she agrees, go there with her and leave her the prosecutor's direct contact.",
      },
      consequence = {
        es = "Xiomara aceptó el albergue, pero lo que había pasado esa noche pesaba más que la oferta. A los pocos días se fue.",
        en = "Xiomara accepted the shelter, but what had happened that night weighed more than the offer. A few days later she left.",
      },
    },
    choice {
      id = "stay_with_kevins_cousins",
      to = "found_again",
      harm = "leave_without_referral",
      text = {
        es = "Aceptar lo que ofrece Kevin: que esta noche duerma en el cuarto de sus primos en la zona 18, cerca y con gente conocida, y que mañana el ERI vea lo del albergue.",
        en = "Accept Kevin's offer: she sleeps tonight in his cousins' room in zona 18, nearby and among people she knows, and tomorrow the ERI can see about the shelter.",
      },
      consequence = {
        es = "Kevin fue quien le avisó al licenciado esa tarde, y volvió a contarle, sin mala intención, dónde dormía Xiomara. Nadie la había derivado todavía a ningún lugar seguro.",
        en = "Kevin was the one who had phoned the licenciado that afternoon, and without meaning any harm he told him again where Xiomara was sleeping. No one had yet referred her anywhere safe.",
      },
    },
    choice {
      id = "migration_facility_for_the_night",
      to = "deported",
      harm = "arrest_victim",
      text = {
        es = "El albergue queda lejos y ya es muy tarde para cruzar la ciudad: que pase la noche en las instalaciones de Migración, que están cerca y tienen vigilancia, y que mañana la fiscal la traslade.",
        en = "The shelter is far away and it is too late to cross the city: let her spend the night at the migration facility, which is close by and guarded, and have the prosecutor move her tomorrow.",
      },
      consequence = {
        es = "Lo que empezó como “una noche” terminó en un expediente de deportación. Xiomara dejó de contestarle a la fiscal.",
        en = "What began as “one night” ended in a deportation file. Xiomara stopped answering the prosecutor's calls.",
      },
    },
  },

  ending "her_own_choice" {
    outcome = "good",
    text = {
      es = "Xiomara pasó tres semanas en el albergue. Nadie la detuvo ni la deportó, y con asesoría legal decidió quedarse un tiempo en Guatemala mientras se resolvía su situación. Volvió a cocinar, esta vez por un sueldo que cobra ella. Un mes después decidió declarar. Con el cuaderno y los documentos de la caja fuerte, la fiscalía acusó al licenciado Rodas y buscó a las otras dos mujeres en Escuintla. Xiomara sigue diciendo que no es víctima de nada: “A mí me robaron siete meses de trabajo.” Este mes les mandó dinero a sus cipotes.",
      en = "Xiomara spent three weeks in the shelter. No one detained or deported her, and with legal advice she decided to stay in Guatemala for a while as her situation was settled. She went back to cooking, this time for wages she collects herself. A month later she decided to testify. With the notebook and the documents from the safe, the prosecutor charged licenciado Rodas and went looking for the other two women in Escuintla. Xiomara still says she is not a victim of anything: “They stole seven months of my work.” This month she sent money to her kids.",
    },
  },

  ending "safe_for_now" {
    outcome = "mixed",
    text = {
      es = "Xiomara salió de Las Tres Ceibas y nadie la deportó, pero se fue del albergue a los pocos días: no creía que la policía fuera a cumplir. Trabaja en otra cocina, sin contrato, y contesta las llamadas de la fiscalía solo a veces. El caso contra el licenciado avanza despacio, sin su declaración. Ella está fuera de su alcance; la justicia, todavía no llega.",
      en = "Xiomara got out of Las Tres Ceibas and no one deported her, but she left the shelter after a few days: she did not believe the police would keep their word. She works in another kitchen, without a contract, and only sometimes answers the prosecutor's calls. The case against the licenciado moves slowly, without her statement. She is out of his reach; justice has not arrived yet.",
    },
  },

  ending "charged" {
    outcome = "bad",
    text = {
      es = "Xiomara pasó por un proceso penal por el DPI que le consiguió su patrón, y después Migración la deportó. Nadie preguntó quién le dio el documento. En Las Tres Ceibas ya hay otra cocinera, que llegó por la misma oferta de Facebook.",
      en = "Xiomara went through criminal proceedings over the DPI her boss obtained for her, and was then deported. No one asked who gave her the document. Las Tres Ceibas already has another cook, who came through the same Facebook offer.",
    },
  },

  ending "deported" {
    outcome = "bad",
    text = {
      es = "Xiomara terminó en manos de Migración y fue deportada a los pocos días, sin sus siete meses de salario y con la deuda que ahora Sandra le cobra a su familia en Chalchuapa. Lo que sabía del licenciado se fue con ella: sin su declaración, el caso no avanzó.",
      en = "Xiomara ended up in the hands of the migration authority and was deported within days, without her seven months' wages and with the debt that Sandra now demands from her family in Chalchuapa. What she knew about the licenciado left with her: without her statement, the case went nowhere.",
    },
  },

  ending "back_to_work" {
    outcome = "bad",
    text = {
      es = "Xiomara volvió esa noche a Las Tres Ceibas. El licenciado le sumó a la deuda lo que dijo que le costó “arreglar lo de la policía”, y desde entonces ya no la deja salir los domingos. Para ella, la subestación solo confirmó lo que él le decía: que la policía nunca iba a estar de su lado.",
      en = "Xiomara went back to Las Tres Ceibas that night. The licenciado added to her debt what he said it had cost him to “sort things out with the police”, and since then he no longer lets her out on Sundays. For her, the substation only confirmed what he kept telling her: that the police would never be on her side.",
    },
  },

  ending "sent_home" {
    outcome = "bad",
    text = {
      es = "Xiomara llegó a Chalchuapa contra su voluntad, sin los siete meses de salario y con una deuda que Sandra le cobra a su mamá cada semana. No volvió a contestar las llamadas de la fiscalía. Sandra sigue publicando la misma oferta en Facebook.",
      en = "Xiomara arrived in Chalchuapa against her will, without her seven months' wages and with a debt that Sandra demands from her mother every week. She never answered the prosecutor's calls again. Sandra is still posting the same offer on Facebook.",
    },
  },

  ending "found_again" {
    outcome = "bad",
    text = {
      es = "A la mañana siguiente, el licenciado Rodas esperaba a Xiomara en la esquina del cuarto de los primos de Kevin. No la obligó a nada: le habló de la deuda, de Migración y de sus cipotes. Esa tarde Xiomara dejó de contestarle a la fiscal. Semanas después, alguien la vio trabajando en un comedor de Escuintla.",
      en = "The next morning licenciado Rodas was waiting for Xiomara on the corner by Kevin's cousins' room. He forced nothing on her: he talked about the debt, about the migration authority and about her kids. That afternoon Xiomara stopped answering the prosecutor. Weeks later, someone saw her working in an eatery in Escuintla.",
    },
  },

  ending "nowhere_to_go" {
    outcome = "bad",
    text = {
      es = "Xiomara pasó la noche sola en un hotel de la zona 1. En tres días se le acabó el dinero, y el único trabajo que encontró llegó por otra “oferta” de Facebook, con cuarto incluido. La fiscalía no volvió a saber de ella.",
      en = "Xiomara spent the night alone in a hotel in zona 1. Within three days her money ran out, and the only job she found came through another Facebook “offer”, room included. The prosecutor's office never heard from her again.",
    },
  },
}
