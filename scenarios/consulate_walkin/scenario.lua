-- A walk-in at the Guatemalan consulate in Tapachula. Rosalinda, Chato, doña Hermelinda, Catarina
-- and the bar Los Almendros are fictional; the institutions are real.

return scenario {
  title = { es = "Un pasaporte “que guarda el patrón”", en = "A passport “the boss is keeping”" },
  summary = {
    es = "Una joven guatemalteca llega al consulado en Tapachula a pedir un pasaporte nuevo: dice que el suyo lo tiene su patrón. Afuera, un hombre la espera. Lo que ella cuente depende de cómo la reciba usted.",
    en = "A young Guatemalan woman comes to the consulate in Tapachula for a new passport: she says her boss has hers. Outside, a man is waiting for her. What she tells you depends on how you receive her.",
  },
  audience = "consular",
  person = { age = "adult", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true },
  setting = { country = "MX", institution = "consulate" },
  minutes = 15,
  difficulty = 3,
  feedback = "deferred",
  objectives = {
    {
      es = "Reconocer señales de control y explotación detrás de un trámite de rutina, sin confundirlas con el origen, el idioma, la situación migratoria o el trabajo en un bar.",
      en = "Recognise signs of control and exploitation behind a routine request, without confusing them with origin, language, migration status or working in a bar.",
    },
    {
      es = "Nombrar el caso por sus tres elementos (acto, medio y fin), sin confundir la trata con un cruce con coyote ni descartarla porque ella aceptó un trabajo.",
      en = "Name the case by its three elements (act, means and purpose), without mistaking trafficking for a crossing with a coyote or dismissing it because she agreed to a job.",
    },
    {
      es = "Crear condiciones seguras para hablar: un lugar privado, un intérprete neutral, consentimiento informado y límites de la confidencialidad explicados desde el inicio.",
      en = "Create safe conditions to talk: a private room, a neutral interpreter, informed consent and the limits of confidentiality explained from the start.",
    },
    {
      es = "Respetar la evaluación que ella hace de su seguridad y sus decisiones: sin promesas que no pueda cumplir y sin obligar a una adulta a regresar.",
      en = "Respect her own assessment of her safety and her decisions: no promises you cannot keep, and no forcing an adult to return.",
    },
    {
      es = "Darle información de apoyo en su idioma, hacer con ella un plan de seguridad y coordinar un retorno asistido solo si ella lo decide.",
      en = "Give her referral information in her own language, make a safety plan with her, and coordinate an assisted return only if she chooses it.",
    },
  },
  content_note = {
    es = "Esta historia trata de engaño laboral, deudas, control y explotación en un bar, de forma implícita. No hay descripciones explícitas, pero puede remover experiencias personales. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with job deception, debt, control and exploitation in a bar, all implied. Nothing is described explicitly, but it may stir personal experiences. You can pause at any time.",
  },
  start = "window",
  vars = { trust = 1, safety = 2 },

  scene "window" {
    text = {
      es = "Martes, diez de la mañana, en el consulado de Guatemala en Tapachula. Usted atiende la ventanilla de documentos. Una joven de unos veinte años le pide un pasaporte nuevo. No trae DPI, solo una fotocopia arrugada del pasaporte viejo. “El mío lo tiene mi patrón, dice que me lo guarda”, explica en voz baja. Mientras habla, revisa el celular, que no deja de vibrar. En la banqueta, del otro lado de la puerta de vidrio, un hombre de gorra la observa sin fumarse el cigarro que tiene en la mano.",
      en = "Tuesday, ten in the morning, at the Guatemalan consulate in Tapachula. You are at the documents window. A young woman of about twenty asks for a new passport. She has no DPI, only a crumpled photocopy of her old passport. “My boss has mine, he says he's keeping it for me,” she explains quietly. As she talks she checks her phone, which keeps vibrating. On the pavement, on the other side of the glass door, a man in a cap is watching her, a cigarette unlit in his hand.",
    },
    prompt = {
      es = "¿Qué de lo que ve en la ventanilla es una señal, y qué es solo parte de quién es ella? ¿Qué necesita para averiguar más sin ponerla en riesgo?",
      en = "What you see at the window: which of it is a sign, and which is simply part of who she is? What do you need in order to find out more without putting her at risk?",
    },
    detail "boss_keeps_passport" {
      indicator = "documents_held",
      text = {
        es = "Su pasaporte lo tiene el patrón, “para guardárselo”.",
        en = "Her boss has her passport, “to keep it safe for her”.",
      },
    },
    detail "man_at_the_door" {
      indicator = "escorted_to_work",
      text = {
        es = "Un hombre la trajo hasta la puerta y la espera afuera sin quitarle la vista de encima.",
        en = "A man brought her to the door and is waiting outside, never taking his eyes off her.",
      },
    },
    detail "phone_buzzing" {
      indicator = "controlled_communication",
      text = {
        es = "El celular vibra cada pocos minutos; ella contesta con un mensaje corto: “ya casi”.",
        en = "Her phone buzzes every few minutes; she answers with a short message: “almost done”.",
      },
    },
    detail "huipil" {
      neutral = true,
      text = {
        es = "Lleva un huipil bordado de Huehuetenango y corte, y habla español con acento del área rural.",
        en = "She wears an embroidered huipil from Huehuetenango and a corte, and speaks Spanish with a rural accent.",
      },
      why = {
        es = "La ropa y el acento dicen de dónde viene, no lo que le pasa. Tomarlos como señal es discriminación y desvía la atención de lo que sí importa: quién tiene su pasaporte y quién la vigila.",
        en = "Her clothes and accent say where she comes from, not what is happening to her. Treating them as signs is discrimination, and it draws attention away from what does matter: who has her passport and who is watching her.",
      },
    },
    choice {
      id = "invite_her_to_the_back_office",
      to = "private_office",
      practice = "separate_from_companion",
      effects = { trust = 1 },
      text = {
        es = "Decirle, como a cualquier solicitante, que el trámite sigue en la oficina de atrás, y hacerla pasar sola a un cuarto cerrado, fuera de la vista de la calle.",
        en = "Tell her, as you would any applicant, that the procedure continues in the back office, and take her alone to a closed room, out of sight of the street.",
      },
    },
    choice {
      id = "ask_her_quietly_at_the_window",
      to = "at_the_window",
      harm = "interview_in_front_of_companion",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Preguntarle ahí mismo, en voz baja para no asustarla, quién es su patrón, por qué tiene él su pasaporte y si el señor de afuera viene con ella, y anotarlo en la solicitud.",
        en = "Ask her right there, quietly so as not to frighten her, who her boss is, why he has her passport and whether the man outside is with her, and note it on the application.",
      },
      consequence = {
        es = "Usted habló bajo, pero la ventanilla da a la sala y a la puerta de vidrio. El hombre de la gorra vio que ella miraba hacia afuera y entró; desde ese momento ella solo pudo decir lo que él quería oír.",
        en = "You spoke quietly, but the window faces the room and the glass door. The man in the cap saw her glance outside and came in; from then on she could only say what he wanted to hear.",
      },
    },
    choice {
      id = "give_her_the_lost_passport_form",
      to = "left_alone",
      harm = "leave_without_referral",
      text = {
        es = "Seguir el procedimiento: darle el formulario de pasaporte extraviado y pedirle que regrese con la constancia de la denuncia del extravío.",
        en = "Follow the procedure: give her the lost-passport form and ask her to come back with the official report of the loss.",
      },
      consequence = {
        es = "Nadie le preguntó nada ni le dejó un contacto. Salió con un formulario que no podía llenar, porque su pasaporte no se había perdido.",
        en = "No one asked her anything or left her a contact. She left with a form she could not fill in, because her passport had not been lost.",
      },
    },
  },

  scene "at_the_window" {
    text = {
      es = "El hombre de la gorra entra y se para detrás de ella. “Se le perdió, ya le dije que es bien descuidada”, dice con una sonrisa. Ella baja la mirada y repite: “Sí, se me perdió.” La fila espera.",
      en = "The man in the cap comes in and stands behind her. “She lost it, I told her she's very careless,” he says with a smile. She lowers her eyes and repeats: “Yes, I lost it.” The queue waits.",
    },
    detail "story_changes" {
      indicator = "coached_answers",
      text = {
        es = "En cuanto él llega, ella cambia su versión y repite la de él.",
        en = "As soon as he arrives, she changes her account and repeats his.",
      },
    },
    choice {
      id = "take_her_details_in_private",
      to = "private_office",
      practice = "separate_from_companion",
      text = {
        es = "Explicar que los datos del pasaporte se toman en privado, solo con la solicitante, y pedirle al señor que espere afuera.",
        en = "Explain that passport details are taken in private, with the applicant only, and ask the man to wait outside.",
      },
    },
    choice {
      id = "accept_that_she_lost_it",
      to = "left_alone",
      harm = "leave_without_referral",
      text = {
        es = "Tomarles la palabra a los dos: si se le perdió, entregarle el formulario de extravío, explicarle cómo llenarlo y darle cita para otro día.",
        en = "Take them both at their word: if she lost it, hand her the lost-passport form, explain how to fill it in and give her an appointment for another day.",
      },
      consequence = {
        es = "Ella se fue con él y con un formulario. Nadie volvió a estar a solas con ella para preguntarle cómo estaba.",
        en = "She left with him and a form. No one was alone with her again to ask her how she was.",
      },
    },
  },

  scene "private_office" {
    text = {
      es = "En la oficina, con la puerta cerrada, la joven se sienta en la orilla de la silla. Se llama Rosalinda y tiene 21 años. Contesta con frases cortas y, cuando la pregunta es larga, se queda callada: dice que entiende mejor en mam. Entonces tocan la puerta. Es el hombre de la gorra, que convenció al guardia de dejarlo pasar: “Soy su primo. Yo le traduzco, ella no entiende bien la castilla.”",
      en = "In the office, with the door closed, the young woman sits on the edge of the chair. Her name is Rosalinda and she is 21. She answers in short sentences and, when a question is long, falls silent: she says she understands better in Mam. Then there is a knock at the door. It is the man in the cap, who talked the guard into letting him through: “I'm her cousin. I'll translate, she doesn't understand Spanish well.”",
    },
    detail "speaks_mam" {
      neutral = true,
      text = {
        es = "Su idioma materno es el mam y se expresa mejor en él que en español.",
        en = "Her mother tongue is Mam and she expresses herself better in it than in Spanish.",
      },
      why = {
        es = "Hablar un idioma maya no es señal de trata. Sí significa que tiene derecho a que la entiendan bien, con un intérprete calificado y sin vínculo con nadie de su entorno.",
        en = "Speaking a Mayan language is not a sign of trafficking. It does mean she has the right to be properly understood, through a qualified interpreter with no tie to anyone around her.",
      },
    },
    detail "cousin_insists" {
      indicator = "controlled_communication",
      text = {
        es = "El hombre que la espera afuera insiste en ser él quien traduzca.",
        en = "The man who was waiting outside insists on being the one to translate.",
      },
    },
    choice {
      id = "call_the_consulate_interpreter",
      to = "consent_talk",
      practice = "neutral_interpreter",
      effects = { trust = 1 },
      text = {
        es = "Decirle al señor que los trámites los hace solo el personal del consulado y que el guardia lo acompañe afuera. Llamar a la intérprete de mam del consulado.",
        en = "Tell the man that procedures are handled by consulate staff only, and have the guard walk him out. Then call the consulate's Mam interpreter.",
      },
      note = {
        es = "Antes de empezar, pregúntele a la intérprete si conoce a Rosalinda o a su familia, y a Rosalinda si prefiere que sea una mujer. Si no hay intérprete en persona, una por teléfono sirve.",
        en = "Before you start, ask the interpreter whether she knows Rosalinda or her family, and ask Rosalinda whether she would prefer a woman. If no interpreter can come in person, one by phone will do.",
      },
    },
    choice {
      id = "let_the_cousin_translate",
      to = "cousin_translates",
      harm = "companion_interprets",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Dejar que el primo traduzca solo lo básico del trámite, sentado junto a la puerta: ella parece conocerlo, y así no tiene que esperar otra hora a que llegue la intérprete.",
        en = "Let the cousin translate just the basics of the procedure, sitting by the door: she seems to know him, and this way she does not have to wait another hour for the interpreter to arrive.",
      },
      consequence = {
        es = "Todo lo que ella dijo pasó por el hombre que la vigilaba. Esa misma tarde, su patrón sabía cada palabra.",
        en = "Everything she said passed through the man who was watching her. That same afternoon her boss knew every word.",
      },
    },
    choice {
      id = "carry_on_in_slow_spanish",
      to = "halting_spanish",
      harm = "no_safe_interpreter",
      text = {
        es = "Pedirle al señor que espere afuera y seguir a solas con ella en español, despacio y con frases cortas: si ella contesta, es que entiende lo suficiente.",
        en = "Ask the man to wait outside and carry on alone with her in Spanish, slowly and in short sentences: if she answers, she understands enough.",
      },
      consequence = {
        es = "Ella estaba a solas con usted, pero no en su idioma. Dijo que sí a lo que no entendía, y su consentimiento no fue informado.",
        en = "She was alone with you, but not in her own language. She said yes to what she did not understand, and her consent was not informed.",
      },
    },
  },

  scene "halting_spanish" {
    text = {
      es = "Usted le explica en español, despacio, para qué es la entrevista y qué quiere decir “confidencial”. Rosalinda dice “sí” a todo, incluso cuando usted le pregunta si prefiere no contestar. Cuando le pregunta desde cuándo trabaja en Tapachula, responde el nombre de su aldea.",
      en = "You explain in Spanish, slowly, what the interview is for and what “confidential” means. Rosalinda says “yes” to everything, even when you ask whether she would rather not answer. When you ask how long she has worked in Tapachula, she replies with the name of her village.",
    },
    choice {
      id = "stop_and_call_the_interpreter",
      to = "consent_talk",
      practice = "neutral_interpreter",
      text = {
        es = "Parar ahí, porque así no se están entendiendo. Llamar a la intérprete de mam con la que trabaja el consulado y empezar otra vez desde el principio, con ella en la línea.",
        en = "Stop there, because you are not understanding each other. Call the Mam interpreter the consulate works with and start again from the beginning, with her on the line.",
      },
    },
    choice {
      id = "fill_in_the_application_and_see_her_out",
      to = "left_alone",
      harm = "leave_without_referral",
      text = {
        es = "Ella dice que sí a todo: llenar con ella la solicitud de pasaporte, leerle despacio sus datos para que los confirme y despedirla.",
        en = "She says yes to everything: fill in the passport application with her, read her details back slowly for her to confirm, and see her out.",
      },
      consequence = {
        es = "Rosalinda asintió a preguntas que no entendía y se fue sin haber podido contar nada ni saber a quién llamar.",
        en = "Rosalinda nodded at questions she did not understand and left without having been able to tell anything or knowing whom to call.",
      },
    },
  },

  scene "cousin_translates" {
    text = {
      es = "Rosalinda habla un rato en mam, con la voz quebrada. El “primo” lo resume en una frase: “Dice que se le perdió y que lo necesita rápido porque nos vamos a ir para el norte.” Luego le dice algo seco en mam, y ella ya no levanta la vista.",
      en = "Rosalinda speaks in Mam for a while, her voice breaking. The “cousin” sums it up in one sentence: “She says she lost it and needs it quickly because we're heading north.” Then he says something curt to her in Mam, and she no longer looks up.",
    },
    detail "one_line_summary" {
      indicator = "scripted_story",
      text = {
        es = "Lo que ella dijo en dos minutos se convierte en la misma frase de “se me perdió”.",
        en = "Two minutes of her speaking turn into the same line: “I lost it”.",
      },
    },
    choice {
      id = "interrupt_and_switch_to_phone_interpreter",
      to = "consent_talk",
      practice = "neutral_interpreter",
      text = {
        es = "Interrumpir con cortesía: el trámite es solo con personal del consulado. Que el guardia acompañe afuera al señor, y seguir con una intérprete de mam por teléfono.",
        en = "Interrupt politely: the procedure is with consulate staff only. Have the guard walk the man outside, and go on with a Mam interpreter by phone.",
      },
    },
    choice {
      id = "file_it_as_a_lost_passport",
      to = "left_alone",
      harm = "leave_without_referral",
      text = {
        es = "Dar por buena la traducción, ya que los dos dicen lo mismo: llenar la solicitud por extravío, anotar el teléfono del primo para avisarles y citarla dentro de un mes.",
        en = "Accept the translation, since they both say the same thing: fill in a lost-passport application, take the cousin's number to let them know, and book her in a month from now.",
      },
      consequence = {
        es = "Ella se fue con él. Lo que de verdad dijo en mam no llegó nunca a nadie del consulado, y el único contacto que quedó fue el del hombre que la vigilaba.",
        en = "She left with him. What she really said in Mam never reached anyone at the consulate, and the only contact on file was the man who was watching her.",
      },
    },
  },

  scene "consent_talk" {
    text = {
      es = "Usted y Rosalinda ya están a solas en la oficina. Catarina, la intérprete, está en la línea. Antes de que usted pregunte nada, Rosalinda hace dos preguntas: si el consulado le va a avisar a su patrón, y si la van a entregar a Migración de México, porque aquí no tiene permiso de trabajo.",
      en = "Just you and Rosalinda in the office now. Catarina, the interpreter, is on the line. Before you ask anything, Rosalinda asks two questions: whether the consulate will tell her boss, and whether she will be handed to the Mexican migration authorities, because she has no work permit here.",
    },
    detail "no_work_permit" {
      neutral = true,
      text = {
        es = "Está en México sin permiso de trabajo.",
        en = "She is in Mexico without a work permit.",
      },
      why = {
        es = "Ser migrante en situación irregular no indica trata. Las medidas contra la trata no deben dañar los derechos de las personas migrantes, y tratar su situación migratoria como el hallazgo hace que las víctimas terminen detenidas o deportadas sin que nadie las identifique.",
        en = "Being an irregular migrant does not indicate trafficking. Anti-trafficking measures must not harm migrants' rights, and treating her status as the finding means victims end up detained or deported without anyone identifying them.",
      },
    },
    detail "told_she_would_be_deported" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Su patrón les dice a las muchachas que, si van a una oficina de gobierno, las deportan y la deuda la paga su familia.",
        en = "Her boss tells the young women that if they go to a government office they will be deported and their families will pay the debt.",
      },
    },
    choice {
      id = "explain_consent_and_its_limits",
      to = "her_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Presentarse y explicarle para qué es la conversación, que puede no contestar o parar cuando quiera, qué queda en reserva y en qué casos usted tendría que comunicar algo.",
        en = "Introduce yourself and explain what the conversation is for, that she may decline to answer or stop whenever she wants, what stays confidential and when you would have to pass something on.",
      },
      note = {
        es = "Un ejemplo de lo que no puede quedar en reserva: que una persona menor de edad esté en peligro. Decirlo al principio evita que ella se sienta traicionada después.",
        en = "One example of what cannot stay confidential: a minor in danger. Saying so at the start keeps her from feeling betrayed later.",
      },
    },
    choice {
      id = "promise_that_no_one_will_know",
      to = "her_story",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Tranquilizarla antes de empezar: “Aquí nadie le va a avisar a nadie, ni al patrón ni a Migración; nada de lo que diga sale de esta oficina, y hoy mismo se va con su pasaporte nuevo. Se lo prometo.”",
        en = "Reassure her before you start: “No one here will tell anyone, not your boss and not the migration office; nothing you say leaves this office, and you'll leave today with your new passport. I promise.”",
      },
      consequence = {
        es = "La promesa la calmó un momento. Cuando supo que el pasaporte tardaría días, dejó de creer lo demás que se le dijo ese día.",
        en = "The promise calmed her for a moment. When she learned the passport would take days, she stopped believing anything else she was told that day.",
      },
    },
    choice {
      id = "go_straight_to_the_form_questions",
      to = "her_story",
      harm = "no_explanation_of_confidentiality_limits",
      text = {
        es = "Decirle que no se preocupe, que es un trámite de rutina, y pasar a las preguntas del formulario: nombre del patrón, dirección del bar y desde cuándo trabaja ahí.",
        en = "Tell her not to worry, it is a routine procedure, and move on to the form questions: the boss's name, the bar's address and how long she has worked there.",
      },
      consequence = {
        es = "Sin saber adónde iría lo que decía, contestó lo mínimo y se guardó lo importante.",
        en = "Not knowing where her words would go, she answered the minimum and kept the important things to herself.",
      },
    },
  },

  scene "her_story" {
    text = {
      es = "Por medio de Catarina, Rosalinda cuenta que en su aldea de Huehuetenango una señora, doña Hermelinda, le ofreció trabajo de mesera en un restaurante de Tapachula. Doña Hermelinda pagó el pasaje. Al llegar no había restaurante: la llevaron a Los Almendros, un bar, a sentarse con los clientes y “fichar”, es decir, cobrar una parte de cada bebida que ellos le invitan. Vive con otras cinco muchachas en un cuarto arriba del bar.",
      en = "Through Catarina, Rosalinda explains that in her village in Huehuetenango a woman, doña Hermelinda, offered her a job as a waitress in a restaurant in Tapachula. Doña Hermelinda paid the fare. When she arrived there was no restaurant: she was taken to Los Almendros, a bar, to sit with the clients and “fichar”, that is, earn a share of every drink they buy her. She lives with five other young women in a room above the bar.",
    },
    prompt = {
      es = "Rosalinda trabaja en un bar. ¿Qué parte de su relato indica trata y qué parte no? ¿Cómo haría la siguiente pregunta sin que se sienta juzgada?",
      en = "Rosalinda works in a bar. Which part of her account points to trafficking and which does not? How would you ask your next question without her feeling judged?",
    },
    detail "waitress_offer" {
      indicator = "deceptive_job_offer",
      text = {
        es = "Le ofrecieron trabajo de mesera en un restaurante y terminó en un bar.",
        en = "She was offered waitressing work in a restaurant and ended up in a bar.",
      },
    },
    detail "too_good_pay" {
      indicator = "implausible_pay_offer",
      text = {
        es = "Le prometieron en un mes más de lo que su papá gana en toda la cosecha, sin pedirle estudios ni experiencia.",
        en = "She was promised more in a month than her father earns in a whole harvest, with no schooling or experience asked of her.",
      },
    },
    detail "fare_paid" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "Doña Hermelinda le pagó el pasaje “a cuenta del primer sueldo”.",
        en = "Doña Hermelinda paid her fare “against her first wages”.",
      },
    },
    detail "room_above_bar" {
      indicator = "sleeps_at_workplace",
      text = {
        es = "Duerme con otras cinco muchachas en un cuarto arriba del bar, que pone el patrón.",
        en = "She sleeps with five other young women in a room above the bar, provided by the boss.",
      },
    },
    detail "ficha" {
      neutral = true,
      text = {
        es = "Trabaja de fichera: acompaña a los clientes en la mesa y gana una parte de lo que ellos consumen.",
        en = "She works as a fichera: she keeps clients company at their tables and earns a share of what they drink.",
      },
      why = {
        es = "Trabajar en un bar, fichar o vender sexo no es, por sí solo, señal de trata. Lo que la indica es el engaño, la deuda, los documentos retenidos y la vigilancia, no el tipo de trabajo.",
        en = "Working in a bar, earning a share of drinks or selling sex is not on its own a sign of trafficking. What points to it is the deception, the debt, the held documents and the surveillance, not the kind of work.",
      },
    },
    detail "debt_grows" {
      indicator = "debt_bondage",
      when = "trust >= 2",
      text = {
        es = "Dice que debe el pasaje, el cuarto, la comida y los vestidos, y que con las multas por llegar tarde la cuenta sube cada semana.",
        en = "She says she owes the fare, the room, the food and the dresses, and that with fines for being late the bill goes up every week.",
      },
    },
    detail "never_paid" {
      indicator = "no_pay",
      when = "trust >= 3",
      text = {
        es = "En cuatro meses no ha recibido sueldo: el patrón apunta lo que gana “contra la deuda” y solo le deja algunas propinas.",
        en = "In four months she has received no wages: the boss writes her earnings down “against the debt” and leaves her only a few tips.",
      },
    },
    choice {
      id = "thank_her_and_ask_how_she_is",
      to = "what_she_wants",
      practice = "listen_without_blame",
      effects = { trust = 1 },
      text = {
        es = "Agradecerle lo que contó, decirle que lo que le hicieron no es culpa suya y preguntarle, si ella quiere, cómo está ahora y qué le preocupa más.",
        en = "Thank her for what she has told you, tell her that what was done to her is not her fault, and ask, if she wants, how she is now and what worries her most.",
      },
    },
    choice {
      id = "ask_why_she_came_without_a_permit",
      to = "what_she_wants",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Para entender bien el caso, preguntarle con calma por qué se vino sin permiso de trabajo y si, al ver que era un bar, no sospechó qué clase de trabajo era.",
        en = "To understand the case properly, ask her calmly why she came without a work permit and whether, seeing it was a bar, she did not suspect what kind of work it was.",
      },
      consequence = {
        es = "La pregunta le confirmó lo que su patrón le repetía: que la culpa era de ella. Desde ahí contó mucho menos.",
        en = "The question confirmed what her boss kept telling her: that it was her fault. From then on she said much less.",
      },
    },
    choice {
      id = "ask_for_details_for_the_file",
      to = "distress",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "Explicarle que, para el expediente, hay que dejar anotado con detalle qué pasa con los clientes en Los Almendros, y pedirle que se lo cuente con calma.",
        en = "Explain that for the file you need a detailed written record of what happens with the clients at Los Almendros, and ask her to tell you, taking all the time she needs.",
      },
      consequence = {
        es = "Tuvo que revivir lo peor delante de alguien que no conocía y de un teléfono, sin que eso la ayudara en nada ese día.",
        en = "She had to relive the worst of it in front of someone she did not know and a telephone, without it helping her in any way that day.",
      },
    },
  },

  scene "distress" {
    text = {
      es = "Rosalinda se queda callada. Catarina dice por el teléfono que está llorando. Después, Rosalinda se pone de pie: tiene que salir, el Chato, el hombre de la gorra, ya lleva casi una hora esperando y, si tarda más, el patrón se lo va a cobrar.",
      en = "Rosalinda falls silent. Catarina says over the phone that she is crying. Then Rosalinda stands up: she has to go, Chato, the man in the cap, has been waiting almost an hour, and if she takes any longer the boss will make her pay for it.",
    },
    detail "only_out_with_chato" {
      indicator = "not_free_to_leave",
      text = {
        es = "No puede salir sola del bar: cada salida es con el Chato y con hora de regreso.",
        en = "She cannot leave the bar on her own: every outing is with Chato and with a time to be back.",
      },
    },
    choice {
      id = "pause_and_offer_water",
      to = "what_she_wants",
      practice = "pause_and_support",
      text = {
        es = "Dejar las preguntas y decirle que no tiene que hablar de eso. Ofrecerle agua y unos minutos, y preguntarle cuánto tiempo más cree que puede quedarse sin riesgo.",
        en = "Drop the questions and tell her she does not have to talk about that. Offer her water and a few minutes, and ask how much longer she thinks she can safely stay.",
      },
    },
    choice {
      id = "close_the_interview_and_let_her_go",
      to = "left_alone",
      harm = "leave_without_referral",
      text = {
        es = "Respetar que no quiera seguir: cerrar con calma la entrevista, sin más preguntas, darle el formulario del pasaporte y dejarla salir antes de que el Chato se impaciente.",
        en = "Respect that she does not want to go on: close the interview gently, with no more questions, hand her the passport form and let her leave before Chato gets impatient outside.",
      },
      consequence = {
        es = "Salió llorando y sin un contacto, convencida de que pedir ayuda solo sirve para que le pregunten lo que no quiere contar.",
        en = "She left in tears and without a contact, convinced that asking for help only means being asked about what she does not want to tell.",
      },
    },
  },

  scene "what_she_wants" {
    text = {
      es = "Rosalinda dice lo que quiere: su pasaporte, para poder irse de Los Almendros cuando ella decida. No quiere denunciar a nadie, no hoy. Tampoco quiere regresar a la aldea así, con las manos vacías y con una deuda que, según el patrón, pagaría su familia. Tiene miedo de lo que el Chato le cuente al patrón si ella tarda mucho.",
      en = "Rosalinda says what she wants: her passport, so that she can leave Los Almendros when she decides to. She does not want to report anyone, not today. Nor does she want to go back to the village like this, empty-handed, with a debt her family would have to pay, according to the boss. She is afraid of what Chato will tell the boss if she is gone too long.",
    },
    prompt = {
      es = "Ella no quiere denunciar ni regresar hoy. ¿Cuál es su papel, como personal del consulado, si ella no acepta lo que a usted le parece más seguro?",
      en = "She does not want to report anyone or go home today. What is your role, as consulate staff, if she does not accept what looks safest to you?",
    },
    detail "boss_is_not_bad" {
      indicator = "protects_exploiter",
      text = {
        es = "Aclara que el patrón “no es malo”: guarda los pasaportes para que no se pierdan y les da de comer.",
        en = "She makes a point of saying the boss “isn't bad”: he keeps the passports so they don't get lost, and he feeds them.",
      },
    },
    detail "taking_some_north" {
      indicator = "moved_between_venues",
      text = {
        es = "Cuenta que el patrón dice que a “las mejores” se las va a llevar a un local en Estados Unidos, y que por eso el Chato quiere que ella saque pasaporte nuevo ya.",
        en = "She says the boss talks of taking “the best ones” to a place in the United States, and that is why Chato wants her to get a new passport now.",
      },
    },
    detail "boss_sends_money" {
      indicator = "no_control_of_money",
      when = "trust >= 4",
      text = {
        es = "Casi al final cuenta que es el patrón quien le manda dinero a su mamá “de parte de ella”, cuando él quiere y lo que él decide.",
        en = "Almost at the end she says it is the boss who sends money to her mother “on her behalf”, when he wants and as much as he decides.",
      },
    },
    choice {
      id = "ask_what_she_fears_and_wants",
      to = "interruption",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Preguntarle qué es lo que más teme y qué le parecería seguro hacer, y dejarle claro que no se hará nada sin su acuerdo, ni hoy ni después.",
        en = "Ask her what she fears most and what she would feel safe doing, and make it clear that nothing will be done without her agreement, today or later.",
      },
    },
    choice {
      id = "start_her_return_today",
      to = "forced_return",
      harm = "force_return",
      effects = { trust = -2 },
      text = {
        es = "Explicarle que, con lo que contó, lo más seguro es regresar a Guatemala, y empezar hoy los trámites del retorno aunque ella dude.",
        en = "Explain that, after what she has told you, going back to Guatemala is safest, and start the return procedure today, even though she is unsure.",
      },
      consequence = {
        es = "Ella había dicho que no quería regresar así ni cargarle la deuda a su familia. Nadie tomó en cuenta por qué.",
        en = "She had said she did not want to go back like this or load the debt onto her family. No one took her reasons into account.",
      },
    },
    choice {
      id = "call_the_police_on_chato",
      to = "confrontation",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1, safety = -2 },
      text = {
        es = "Llamar a la policía para que detengan al Chato en la banqueta mientras ella se queda aquí adentro, donde está protegida.",
        en = "Call the police to arrest Chato on the pavement while she stays in here, where she is protected.",
      },
      consequence = {
        es = "Ella había dicho que temía lo que el Chato le contaría al patrón. La llamada hizo exactamente eso: avisarle a todo Los Almendros.",
        en = "She had said she feared what Chato would tell the boss. The call did exactly that: it warned all of Los Almendros.",
      },
    },
  },

  scene "confrontation" {
    text = {
      es = "Antes de que llegue la patrulla, el Chato ve movimiento en la entrada, hace una llamada y se va en una moto. Rosalinda se pone pálida: “Ya le avisó al patrón. Ahora van a esconder a las otras, y a mí ya no me dejan salir.” Quiere volver al bar de inmediato: si llega tarde, dice, será peor.",
      en = "Before the patrol arrives, Chato sees movement at the entrance, makes a call and leaves on a motorbike. Rosalinda goes pale: “He's told the boss. Now they'll hide the others, and they won't let me out again.” She wants to go back to the bar at once: if she is late, she says, it will be worse.",
    },
    detail "phones_kept" {
      indicator = "isolation",
      text = {
        es = "Cuenta que el patrón guarda los celulares de las muchachas por la noche y que solo pueden llamar a su casa los domingos.",
        en = "She says the boss keeps the young women's phones at night and that they may only call home on Sundays.",
      },
    },
    choice {
      id = "stop_and_plan_with_her",
      to = "naming_the_case",
      practice = { "respect_her_assessment", "safety_plan" },
      text = {
        es = "Reconocer el error. Preguntarle qué necesita ahora, qué riesgo ve ella en volver o en no volver, y planificar con ella los pasos que siguen.",
        en = "Acknowledge the mistake. Ask her what she needs now, what risk she sees in going back or in not going back, and plan the next steps with her.",
      },
    },
    choice {
      id = "ask_her_to_wait_and_testify",
      to = "left_alone",
      harm = "push_to_report",
      text = {
        es = "Pedirle que no se vaya: la patrulla ya viene, y si declara hoy contra el patrón, la policía puede sacar también a las otras muchachas antes de que las escondan.",
        en = "Ask her not to leave: the patrol is on its way, and if she testifies against the boss today, the police can get the other young women out too before they are hidden.",
      },
      consequence = {
        es = "Rosalinda salió por la puerta lateral sin esperar a nadie. Temía más al patrón que a cualquier otra cosa, y nadie le preguntó por qué.",
        en = "Rosalinda slipped out by the side door without waiting for anyone. She feared the boss more than anything else, and no one asked her why.",
      },
    },
  },

  scene "forced_return" {
    text = {
      es = "Usted le informa que el consulado organizará su regreso a Guatemala esta misma semana. Rosalinda se endereza en la silla: “Yo soy mayor de edad. No me pueden mandar así. Si llego sin nada, mi familia queda debiendo y doña Hermelinda vive a la par.”",
      en = "You tell her the consulate will arrange her return to Guatemala this very week. Rosalinda sits up in her chair: “I'm an adult. You can't just send me. If I arrive with nothing, my family is left owing, and doña Hermelinda lives next door.”",
    },
    detail "recruiter_next_door" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "Doña Hermelinda le ofreció el trabajo cuando su papá se enfermó y la familia se quedó sin la cosecha.",
        en = "Doña Hermelinda offered her the job when her father fell ill and the family lost the harvest.",
      },
    },
    choice {
      id = "take_it_back_and_go_over_her_options",
      to = "naming_the_case",
      practice = "respect_her_assessment",
      text = {
        es = "Retractarse: ella tiene razón, es mayor de edad y la decisión es suya. Preguntarle qué teme del regreso y revisar con ella todas sus opciones.",
        en = "Take it back: she is right, she is an adult and the decision is hers. Ask her what she fears about going back and go through all her options with her.",
      },
    },
    choice {
      id = "insist_and_arrange_the_transfer",
      to = "sent_back",
      harm = "force_return",
      text = {
        es = "Insistir con paciencia: allá su familia la va a apoyar y el retorno es lo mejor para ella. Organizar el traslado a la frontera.",
        en = "Insist patiently: her family will support her back home, and going back is what is best for her. Arrange the transfer to the border.",
      },
      consequence = {
        es = "La mandaron de vuelta a la aldea donde empezó todo, a la par de quien la captó, sin apoyo y con la deuda encima.",
        en = "She was sent back to the village where it all began, next door to the woman who recruited her, with no support and the debt still hanging over her.",
      },
    },
  },

  scene "interruption" {
    text = {
      es = "Tocan la puerta. El guardia avisa que el hombre de la gorra pregunta por qué tarda tanto “la muchacha”, y que dice que va a entrar a buscarla. Rosalinda mira el reloj de la pared.",
      en = "There is a knock at the door. The guard says the man in the cap is asking why “the girl” is taking so long, and says he is coming in to fetch her. Rosalinda looks at the clock on the wall.",
    },
    choice {
      id = "have_the_guard_give_the_usual_answer",
      to = "naming_the_case",
      practice = "keep_confidentiality",
      text = {
        es = "Pedir al guardia que le diga lo que le diría a cualquiera: los trámites tardan y a las oficinas solo pasan solicitantes.",
        en = "Ask the guard to tell him what he would tell anyone: procedures take time and only applicants may go into the offices.",
      },
    },
    choice {
      id = "go_out_and_warn_him_yourself",
      to = "naming_the_case",
      harm = "expose_identity",
      effects = { trust = -1, safety = -2 },
      text = {
        es = "Salir usted a decirle que el consulado sabe que su patrón retiene pasaportes, que eso es delito y que, si insiste en entrar, se llamará a la policía.",
        en = "Go out yourself and tell him the consulate knows his boss holds passports, that it is a crime, and that if he tries to come in the police will be called.",
      },
      consequence = {
        es = "Con eso, en Los Almendros supieron que Rosalinda había hablado. El riesgo para ella y para las otras muchachas se multiplicó.",
        en = "With that, Los Almendros knew Rosalinda had talked. The risk to her and to the other young women multiplied.",
      },
    },
  },

  scene "naming_the_case" {
    text = {
      es = "Rosalinda pide unos minutos, y Catarina se queda con ella en la línea. En el pasillo, el cónsul revisa sus notas: tiene que registrar el caso, y de eso depende a quién se deriva. Usted le cuenta algo más que ella dijo: doña Hermelinda también le pagó al coyote que la pasó por el río. “Entonces es tráfico de migrantes”, dice él. “Y ella aceptó el trabajo; nadie la trajo a la fuerza. ¿Cómo lo anoto?”",
      en = "Rosalinda asks for a few minutes, and Catarina stays on the line with her. In the corridor the consul goes over your notes: he has to register the case, and where it is referred depends on that. You tell him one more thing she said: doña Hermelinda also paid the coyote who took her across the river. “So it's migrant smuggling,” he says. “And she agreed to the job; nobody brought her by force. How do I record it?”",
    },
    prompt = {
      es = "¿Qué hace falta para que el caso de una persona adulta sea trata? ¿En qué se diferencia de un cruce con coyote, y qué cambia que ella haya aceptado un trabajo?",
      en = "What does it take for an adult's case to be trafficking? How does it differ from a crossing with a coyote, and what difference does it make that she agreed to a job?",
    },
    detail "crossed_with_a_coyote" {
      neutral = true,
      text = {
        es = "Cruzó la frontera sin papeles, por el río, con un coyote.",
        en = "She crossed the border without papers, over the river, with a coyote.",
      },
      why = {
        es = "Un cruce irregular con coyote no es, por sí solo, señal de trata: el coyote cobra por pasar a alguien y ahí termina. Lo que apunta a trata vino después, en Tapachula: el engaño, la deuda y el pasaporte retenido.",
        en = "An irregular crossing with a coyote is not on its own a sign of trafficking: the coyote charges to take someone across, and it ends there. What points to trafficking came afterwards, in Tapachula: the deception, the debt and the held passport.",
      },
    },
    choice {
      id = "record_the_three_elements",
      to = "options",
      practice = { "identify_the_elements", "distinguish_smuggling_trafficking" },
      text = {
        es = "Anotar un posible caso de trata según la definición internacional. La captaron y la alojan (acto), con engaño, deuda y el pasaporte retenido (medio), para tenerla en el bar bajo ese control (fin).",
        en = "Record a possible trafficking case under the international definition. She was recruited and housed (act), by deception, debt and her passport held (means), to keep her in the bar under that control (purpose).",
      },
      note = {
        es = "El Protocolo de Palermo pide tres elementos para una persona adulta: un acto (captar, trasladar, acoger), un medio (engaño, amenaza, deuda, abuso de su necesidad) y un fin de explotación. Aceptó ser mesera, no lo que encontró: con engaño, su consentimiento no cuenta. El cruce con coyote terminó en el río; la explotación siguió después. La calificación penal le toca a la fiscalía, y denunciar lo decide ella.",
        en = "The Palermo Protocol requires three elements for an adult: an act (recruiting, moving, harbouring), a means (deception, threats, debt, abuse of her need) and a purpose of exploitation. She agreed to be a waitress, not to what she found: once there was deception, her consent does not count. The crossing with the coyote ended at the river; the exploitation came afterwards. The criminal charge is the prosecutor's call, and whether to report is hers.",
      },
    },
    choice {
      id = "record_a_smuggled_migrant",
      to = "options",
      harm = "treat_as_smuggling_only",
      text = {
        es = "Darle la razón al cónsul: cruzó sin papeles con un coyote que pagó doña Hermelinda, y ahora debe ese pasaje. Anotar tráfico de migrantes y pasaporte retenido, y tramitarle con prioridad el pasaporte nuevo.",
        en = "Agree with the consul: she crossed without papers with a coyote doña Hermelinda paid for, and now she owes that fare. Record migrant smuggling and a held passport, and fast-track her new passport.",
      },
      note = {
        es = "En el tráfico ilícito, la persona acepta el cruce y todo termina al llegar. En la trata, la explotación sigue después. Aquí el coyote fue solo el camino. Lo que vino fue un engaño, una deuda y un pasaporte retenido. Un viaje que pagó otra persona puede volverse trata.",
        en = "In smuggling, the person agrees to the crossing and it all ends on arrival. In trafficking, the exploitation goes on afterwards. Here the coyote was only the way in. What followed was deception, a debt and a held passport. A journey someone else paid for can turn into trafficking.",
      },
      consequence = {
        es = "El registro decía “tráfico de migrantes”. El cruce había terminado en el río, y lo que siguió en Los Almendros no quedó anotado en ninguna parte.",
        en = "The record said “migrant smuggling”. The crossing had ended at the river, and what followed at Los Almendros was not written down anywhere.",
      },
    },
    choice {
      id = "record_a_labour_dispute",
      to = "options",
      harm = "dismiss_because_she_consented",
      text = {
        es = "Anotar lo que ella misma dice: aceptó el viaje y el trabajo, vive donde trabaja y no quiere denunciar. Registrar un conflicto laboral por una deuda y un pasaporte retenido, y orientarla sobre sus derechos.",
        en = "Record what she says herself: she agreed to the journey and the job, lives where she works and does not want to report anyone. Register a labour dispute over a debt and a held passport, and advise her of her rights.",
      },
      note = {
        es = "Aceptó ser mesera en un restaurante, no un bar, una deuda y un pasaporte retenido. Cuando hubo engaño o deuda, su “sí” no cuenta. Que no quiera denunciar no cambia lo que es el caso. Cambia lo que usted hace: nada sin su acuerdo.",
        en = "She agreed to be a waitress in a restaurant, not to a bar, a debt and a held passport. Once there was deception or debt, her “yes” does not count. Her not wanting to report does not change what the case is. It changes what you do: nothing without her agreement.",
      },
      consequence = {
        es = "El registro decía “conflicto laboral”. Su “sí” a un trabajo de mesera quedó anotado como si hubiera aceptado el bar, la deuda y el pasaporte retenido.",
        en = "The record said “labour dispute”. Her “yes” to a waitressing job was written down as if she had agreed to the bar, the debt and the held passport.",
      },
    },
    choice {
      id = "record_the_usual_bar_case",
      to = "options",
      harm = "label_without_the_elements",
      text = {
        es = "Anotar trata con fines de explotación sexual, sin más vueltas: una joven maya, sin permiso de trabajo y fichando en uno de esos bares de Tapachula. Es el caso que el consulado ve cada semana.",
        en = "Record trafficking for sexual exploitation, no question: a young Maya woman, without a work permit and working as a fichera in one of those Tapachula bars. It's the case the consulate sees every week.",
      },
      note = {
        es = "Ser maya, no tener permiso o fichar en un bar no prueban nada. Lo que apunta a trata es lo que ella contó: el engaño, la deuda y el pasaporte retenido. Nombre el caso por sus tres elementos, no por un perfil.",
        en = "Being Maya, having no permit or working as a fichera prove nothing. What points to trafficking is what she told you: the deception, the debt and the held passport. Name the case by its three elements, not by a profile.",
      },
      consequence = {
        es = "El registro hablaba de su origen, de sus papeles y del bar, no de lo que ella contó. Si un día decide declarar, la fiscalía tendrá que empezar de cero.",
        en = "The record spoke of her origin, her papers and the bar, not of what she had told you. If one day she decides to give a statement, the prosecutor will have to start from scratch.",
      },
    },
  },

  scene "options" {
    text = {
      es = "Quedan unos minutos antes de que Rosalinda tenga que decidir si sale o no por esa puerta. Ella pregunta, por medio de Catarina, qué puede hacer el consulado por ella de verdad.",
      en = "There are a few minutes left before Rosalinda has to decide whether or not to walk out of that door. Through Catarina, she asks what the consulate can really do for her.",
    },
    prompt = {
      es = "Como el patrón habla de llevarlas a Estados Unidos, ¿qué contactos le daría, y en qué idioma? El DHS publicó en 2022 las líneas 1-888-373-7888 y, de HSI, 1-866-347-2423. Los números cambian: ¿cómo los confirmaría antes de dárselos?",
      en = "Since the boss talks of taking the women to the United States, which contacts would you give her, and in what language? DHS published the lines 1-888-373-7888 and, for HSI, 1-866-347-2423 in 2022. Numbers change: how would you check them before handing them over?",
    },
    choice {
      id = "explain_what_the_consulate_can_do",
      to = "safety_planning",
      practice = "no_promises",
      effects = { trust = 1 },
      text = {
        es = "Decirle lo que sí se puede hacer: el pasaporte, aunque tarda; un lugar seguro; un retorno asistido, si ella quiere. Que detengan al patrón no depende de usted. Que Catarina le lea los teléfonos en mam.",
        en = "Tell her what can be done: the passport, though it takes time; a safe place to stay; an assisted return, if she wants one. Whether the boss is arrested is not up to you. Have Catarina read her the numbers in Mam.",
      },
      note = {
        es = "Los teléfonos, en una tarjeta que Catarina le lee en mam: el del consulado y, como el patrón habla de llevarlas a Estados Unidos, las líneas que el DHS publicó en 2022, 1-888-373-7888 y, de HSI, 1-866-347-2423. Los números cambian: confírmelos antes de darlos.",
        en = "The numbers, on a card Catarina reads to her in Mam: the consulate's and, since the boss talks of taking the women to the United States, the lines DHS published in 2022, 1-888-373-7888 and, for HSI, 1-866-347-2423. Numbers change: check them before you hand them out.",
      },
    },
    choice {
      id = "promise_her_passport_back_and_an_arrest",
      to = "safety_planning",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Darle ánimo y la tarjeta del consulado: aquí se va a exigir que le devuelvan el pasaporte, el patrón va a responder ante la justicia y esa deuda no vale, así que ya no debe nada.",
        en = "Encourage her and give her the consulate's card: the consulate will demand her passport back, the boss will answer to the law, and that debt is not valid, so she owes nothing any more.",
      },
      consequence = {
        es = "Nada de eso dependía del consulado. Cuando el patrón siguió abierto y el pasaporte no apareció, Rosalinda dejó de creer en la ayuda que sí había.",
        en = "None of that was in the consulate's hands. When the boss stayed in business and the passport never turned up, Rosalinda stopped believing in the help that did exist.",
      },
    },
  },

  scene "safety_planning" {
    text = {
      es = "Rosalinda guarda silencio un momento. Luego dice lo que ha decidido, y usted tiene que ayudarla a hacerlo con el menor riesgo posible.",
      en = "Rosalinda is silent for a moment. Then she tells you what she has decided, and you have to help her do it with as little risk as possible.",
    },
    detail "counts_the_days" {
      indicator = "lost_sense_of_time",
      text = {
        es = "Cuando usted le pregunta la fecha para la cita, no sabe si estamos en junio o en julio.",
        en = "When you ask her for a date for an appointment, she does not know whether it is June or July.",
      },
    },
    choice {
      id = "plan_how_she_leaves_today",
      to = "her_decision",
      when = "trust >= 6 and safety >= 2",
      practice = { "safety_plan", "respect_her_assessment" },
      text = {
        es = "Rosalinda dice que no quiere volver a Los Almendros. Planificar con ella cómo salir sin que el Chato lo note, dónde pasará la noche y qué hacer si amenazan a su familia.",
        en = "Rosalinda says she does not want to go back to Los Almendros. Plan with her how to leave without Chato noticing, where she will spend tonight and what to do if her family is threatened.",
      },
    },
    choice {
      id = "plan_for_her_going_back_to_the_bar",
      to = "door_open",
      when = "not (trust >= 6 and safety >= 2)",
      practice = { "safety_plan", "respect_her_assessment" },
      text = {
        es = "Rosalinda dice que hoy vuelve al bar. Respetarlo y acordar con ella dónde esconder el número, una palabra clave para cuando llame y una cita para “recoger el pasaporte”.",
        en = "Rosalinda says she is going back to the bar today. Respect it and agree with her where to hide the number, a code word for when she calls, and an appointment to “collect the passport”.",
      },
      note = {
        es = "La cita para “recoger el pasaporte” le da una excusa para volver al consulado sin levantar sospechas.",
        en = "The appointment to “collect the passport” gives her a reason to come back to the consulate without raising suspicion.",
      },
    },
    choice {
      id = "tell_her_to_ask_the_boss_for_it",
      to = "left_alone",
      harm = "ignore_her_safety_assessment",
      text = {
        es = "Darle una salida por las buenas: que esta noche le pida el pasaporte al patrón y le diga que el consulado lo exige; si él se niega, que vuelva mañana y el consulado actúa.",
        en = "Give her a straightforward way out: tonight she asks the boss for her passport and tells him the consulate requires it; if he refuses, she comes back tomorrow and the consulate will act.",
      },
      consequence = {
        es = "Ella le había dicho lo que temía del patrón. El consejo la mandó a enfrentarlo sola, y el patrón supo que había ido al consulado.",
        en = "She had told you what she feared from the boss. The advice sent her to confront him alone, and the boss learned she had been to the consulate.",
      },
    },
  },

  scene "her_decision" {
    text = {
      es = "Rosalinda se queda. El guardia le dice al Chato, como a cualquiera, que el trámite va a tardar varias horas; al rato el Chato se va a almorzar, y una funcionaria lleva a Rosalinda a una oficina de adentro. Rosalinda pregunta qué sigue. Quiere ver a su mamá, pero no en la aldea, donde vive doña Hermelinda.",
      en = "Rosalinda stays. The guard tells Chato, as he would tell anyone, that the procedure will take several hours; after a while Chato goes off for lunch, and a staff member takes Rosalinda to an inner office. Rosalinda asks what happens next. She wants to see her mother, but not in the village, where doña Hermelinda lives.",
    },
    choice {
      id = "coordinate_an_assisted_return",
      to = "new_start",
      practice = { "assisted_return_protocol", "refer_to_services" },
      text = {
        es = "Con su acuerdo, coordinar un retorno asistido según el protocolo: un lugar seguro mientras tanto, quién la reciba en Guatemala, apoyo psicológico y legal, y ver a su mamá donde ella elija.",
        en = "With her agreement, coordinate an assisted return under the protocol: a safe place meanwhile, someone to meet her in Guatemala, psychological and legal support, and seeing her mother where she chooses.",
      },
      note = {
        es = "Si ella acepta, y solo entonces, su relato puede pasar a la Fiscalía contra la Trata de Personas del Ministerio Público.",
        en = "If she agrees, and only then, her account can be passed to the Ministerio Público's Fiscalía contra la Trata de Personas.",
      },
    },
    choice {
      id = "put_her_on_the_bus_to_the_border",
      to = "alone_on_the_bus",
      harm = "leave_without_referral",
      text = {
        es = "Respetar su libertad: ya no tiene que volver al bar. Explicarle qué bus la deja en la frontera, darle el pasaje y la hoja del trámite, para que se vaya hoy mismo, antes de que el Chato regrese.",
        en = "Respect her freedom: she no longer has to go back to the bar. Tell her which bus goes to the border, give her the fare and the application slip, so that she can leave today, before Chato comes back for her.",
      },
      consequence = {
        es = "Salió del bar, pero viajó sola, sin nadie que la esperara al otro lado ni a quién llamar si la buscaban.",
        en = "She got out of the bar, but she travelled alone, with no one waiting for her on the other side and no one to call if they came looking for her.",
      },
    },
  },

  ending "new_start" {
    outcome = "good",
    text = {
      es = "Rosalinda pasó unos días en un lugar seguro y regresó a Guatemala acompañada, con alguien que la recibió y un acompañamiento que ella aceptó. Vio a su mamá lejos de la aldea. Semanas después decidió declarar. Dice que todavía no sabe dónde va a vivir, pero que esta vez lo va a decidir ella.",
      en = "Rosalinda spent a few days in a safe place and went back to Guatemala accompanied, with someone to receive her and support she agreed to. She saw her mother away from the village. Weeks later she decided to give a statement. She says she does not yet know where she will live, but this time she will be the one to decide.",
    },
  },

  ending "door_open" {
    outcome = "mixed",
    text = {
      es = "Rosalinda volvió a Los Almendros esa tarde, con la tarjeta escondida en el forro del corte. Tres semanas después llamó al consulado con la palabra clave y salió con ayuda. Fueron tres semanas más en el bar, pero la puerta que usted le dejó abierta fue la que usó.",
      en = "Rosalinda went back to Los Almendros that afternoon, with the card hidden in the lining of her corte. Three weeks later she called the consulate with the code word and got out with help. It meant three more weeks in the bar, but the door you left open for her was the one she used.",
    },
  },

  ending "alone_on_the_bus" {
    outcome = "mixed",
    text = {
      es = "Rosalinda cruzó la frontera sola. Llegó a la aldea sin apoyo, con vergüenza y con la deuda que, según el patrón, seguía pendiente. Dos meses después, doña Hermelinda volvió a tocar su puerta con otra oferta.",
      en = "Rosalinda crossed the border on her own. She reached the village with no support, ashamed, and with the debt that, according to the boss, was still owed. Two months later doña Hermelinda knocked on her door again with another offer.",
    },
  },

  ending "left_alone" {
    outcome = "bad",
    text = {
      es = "Rosalinda volvió a Los Almendros sin un contacto ni un plan. El Chato le quitó el celular por unos días. Para ella, la visita al consulado solo confirmó lo que le decía el patrón: que nadie la iba a ayudar.",
      en = "Rosalinda went back to Los Almendros with no contact and no plan. Chato took her phone away for a few days. For her, the visit to the consulate only confirmed what the boss kept telling her: that no one was going to help her.",
    },
  },

  ending "sent_back" {
    outcome = "bad",
    text = {
      es = "Rosalinda llegó a su aldea contra su voluntad, sin apoyo y con la deuda encima. No volvió a contestar las llamadas del consulado. Meses después, su familia contó que se había ido otra vez con doña Hermelinda.",
      en = "Rosalinda arrived in her village against her will, with no support and the debt hanging over her. She never answered the consulate's calls again. Months later her family said she had gone away again with doña Hermelinda.",
    },
  },
}
