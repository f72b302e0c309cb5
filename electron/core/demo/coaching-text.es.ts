import type { Theme } from './coaching-text';

/**
 * The words of coaching-text.ts in neutral Spanish, entry for entry: same lists, same lengths,
 * same order, and in each sentence the same {other}, {n} and {day} in the same order ({name}
 * may move or go). Sentences avoid putting {name} after "a" or "de", since a group's notes
 * name "el grupo" ("al grupo", not "a el grupo").
 */

export const THEMES_ES: readonly Theme[] = [
  {
    focus: 'Asumir un primer rol de liderazgo de equipo',
    goals: [
      [
        'Conducir con confianza la reunión semanal',
        'Opinión del equipo a las 6 semanas; menos de 2 reuniones que se alargan',
        'Agenda compartida con un día de anticipación; rotar a quien toma notas; cerrar con decisiones.',
      ],
      [
        'Delegar en lugar de hacerlo todo',
        'Tres tareas recurrentes traspasadas antes de que termine el trimestre',
        'Listar tareas, elegir responsables, acordar seguimientos y resistir la tentación de retomarlas.',
      ],
    ],
    goal: [
      'Quiere llegar a la reunión del lunes con todo preparado, no a la defensiva.',
      '{name} quiere dejar de ser el cuello de botella de todas las decisiones del equipo.',
      'Objetivo de hoy: un plan de delegación que {name} de verdad pueda sostener.',
      '{name} prepara las primeras reuniones individuales con las {n} personas que ahora tiene a cargo.',
    ],
    reality: [
      'Todavía hace casi todos los informes en persona; trabaja hasta las 21:00 dos o tres noches por semana.',
      '{other} antes era par y ahora le reporta; la primera conversación fue incómoda.',
      'Describe al equipo como capaz, pero «esperando permiso».',
      'Notó un patrón: dice que sí en la reunión y por la noche se arrepiente.',
      'La reunión se alargó 40 minutos la semana pasada y terminó sin decisiones.',
    ],
    options: [
      'Nombró tres opciones: turnos para los informes, una lista de verificación compartida o pedirle a {other} que se haga cargo.',
      'Podría preguntarle al equipo qué cambiaría de las reuniones antes de cambiar nada.',
      'Exploramos decir «te respondo el {day}» en lugar de un sí inmediato.',
      'Lluvia de ideas: cómo manejó esa misma tensión un buen jefe que {name} tuvo en el pasado.',
    ],
    will: [
      'Le pasará el informe mensual a {other}, con una explicación de 20 minutos el {day}.',
      'Enviará la agenda 24 h antes de la reunión y pondrá un tiempo límite a cada punto.',
      'Probará la frase «te respondo el {day}» al menos dos veces esta semana.',
      'Agendará reuniones individuales con cada una de las {n} personas del equipo antes de nuestra próxima sesión.',
    ],
    commitments: [
      'Enviar la agenda de la reunión el día anterior',
      'Pasarle el informe mensual a {other}',
      'Agendar reuniones individuales con cada persona del equipo',
      'Notar y anotar cada vez que retomo una tarea',
    ],
    progress: [
      'La primera tarea delegada salió bien; {other} pidió más.',
      'Las dos últimas reuniones terminaron a tiempo y con decisiones claras.',
      'Todavía retoma tareas cuando hay presión, pero se da cuenta antes.',
    ],
  },
  {
    focus: 'Cambio de carrera hacia un nuevo campo',
    goals: [
      [
        'Conseguir entrevistas para puestos de investigación UX',
        'Tres entrevistas en dos meses',
        'Reescribir el currículum en torno a las habilidades de investigación; diez postulaciones personalizadas; dos cafés de contacto por semana.',
      ],
      [
        'Decidir entre volver a formarse o hacer un movimiento lateral',
        'Una decisión con la que {name} se sienta en paz, por escrito y con sus razones',
        'Dos entrevistas informativas por cada camino y después una sesión de pros y contras.',
      ],
    ],
    goal: [
      '{name} quiere tener claro si deja la docencia este año o el próximo.',
      'Hoy: reorganizar el currículum para que cuente una historia de cambio de carrera.',
      'Preparar la entrevista del jueves con una agencia de diseño.',
      'Explorar qué significa concretamente «trabajo con sentido» para {name}.',
    ],
    reality: [
      'Envió 14 postulaciones con el mismo currículum y solo le respondieron de una.',
      'Sus finanzas permiten unos seis meses de transición; cuenta con el apoyo de su pareja, aunque con inquietud.',
      'Siente que es principiante, casi naíf, al lado de gente con diez años en el campo.',
      'Hizo {n} proyectos de investigación como voluntariado que nunca incluyó en el currículum.',
      'Fue a un encuentro en Café Lumière y disfrutó hablar del oficio más de lo que esperaba.',
    ],
    options: [
      'Opciones: un bootcamp, un certificado a tiempo parcial o un movimiento lateral dentro de su empleador actual.',
      'Podría pedirle a {other} que le presente a la líder de investigación de su empresa.',
      'Replantear la experiencia docente como facilitación, entrevistas y síntesis.',
      'Probar durante dos semanas un «prototipo» del nuevo trabajo con un pequeño proyecto independiente.',
    ],
    will: [
      'Reescribirá el resumen del currículum y los tres primeros puntos antes del {day}.',
      'Agendará dos cafés con personas que hicieron el mismo cambio.',
      'Practicará en voz alta tres veces la historia de su cambio de carrera antes de la entrevista.',
      'Fijará una fecha para decidir y se la contará a {other}.',
    ],
    commitments: [
      'Reescribir el resumen del currículum',
      'Agendar dos cafés con personas que cambiaron de carrera',
      'Postularme a tres puestos con cartas personalizadas',
      'Practicar en voz alta las respuestas de la entrevista',
    ],
    progress: [
      'Dos entrevistas agendadas después de reescribir el currículum.',
      'Se decidió por el certificado a tiempo parcial; se inscribió para septiembre.',
      'Los cafés dieron tres contactos nuevos.',
    ],
  },
  {
    focus: 'Límites, energía y prevención del agotamiento',
    goals: [
      [
        'Proteger las noches y los fines de semana',
        'Correo del trabajo cerrado a las 19:00 cuatro de cada cinco días',
        'Notificaciones apagadas después de las 19:00; un ritual de cierre; avisarle al equipo.',
      ],
      [
        'Dormir siete horas la mayoría de las noches',
        'El diario de sueño muestra 7 h cinco noches por semana',
        'Pantallas apagadas a las 22:30; una caminata corta después del almuerzo; registrarlo durante un mes.',
      ],
    ],
    goal: [
      '{name} quiere empezar un lunes con la sensación de haber descansado, por primera vez en meses.',
      'Foco de hoy: cómo sería una semana sostenible, hora por hora.',
      'Definir qué compromisos soltar y cómo decirlo.',
    ],
    reality: [
      'Duerme unas cinco horas; revisa el correo en la cama.',
      'Su energía está más baja los miércoles, después de reuniones seguidas.',
      'Aceptó {n} proyectos adicionales este trimestre; ninguno le correspondía.',
      'Queda claro que es una pregunta de coaching, no clínica: el ánimo está bien, la agenda no.',
      'No se ha tomado un día libre completo desde el verano.',
    ],
    options: [
      'Exploramos una regla de «nada de reuniones antes de las 10:00», un ritual de cierre y una revisión semanal.',
      'Podría devolverle un proyecto a {other} con una razón clara.',
      'Reuniones caminando para los 1:1 que no necesitan pantalla.',
    ],
    will: [
      'Apagará las notificaciones del correo después de las 19:00 y llevará un diario de sueño.',
      'Le dirá a {other} el {day} que se retira del segundo proyecto.',
      'Bloqueará dos mañanas de concentración y las protegerá.',
    ],
    commitments: [
      'Llevar un diario de sueño durante dos semanas',
      'Apagar las notificaciones del correo después de las 19:00',
      'Contarle a {other} que me retiro del proyecto',
      'Bloquear dos mañanas de concentración en el calendario',
    ],
    progress: [
      'Duerme hasta 6,5 h la mayoría de las noches.',
      'Devolvió un proyecto; sintió culpa un día y después, alivio.',
      'La semana pasada protegió las noches cuatro de cada cinco días.',
    ],
  },
  {
    focus: 'Emprender: levantar inversión y presentar el pitch',
    goals: [
      [
        'Cerrar una ronda semilla',
        'Hoja de términos firmada antes de que termine el tercer trimestre',
        'Pulir el pitch; 30 conversaciones con inversionistas; revisión semanal del embudo.',
      ],
      [
        'Presentar el pitch con calma y claridad',
        'Calma autoevaluada en 7/10 o más en los pitches',
        'Ensayar con cronómetro; grabarse y revisar; una rutina previa al pitch.',
      ],
    ],
    goal: [
      '{name} quiere que el pitch suene a historia, no a hoja de cálculo.',
      'Preparar {n} reuniones con inversionistas para la próxima semana.',
      'Decidir cuánto de la empresa ceder y qué importa más allá del dinero.',
    ],
    reality: [
      'Once reuniones con inversionistas hasta ahora, dos segundas reuniones, ninguna hoja de términos.',
      '{other}, con quien cofundó la empresa, quiere esperar un año; {name} quiere levantar inversión ya.',
      'Siente un déjà vu de la empresa anterior, que se quedó sin caja.',
      'La demo funciona; la presentación tiene 31 diapositivas.',
    ],
    options: [
      'Reducir la presentación a 12 diapositivas; abrir con la historia de un cliente.',
      'Pedirle a {other} una conversación estructurada sobre los tiempos, con una fecha para decidir.',
      'Explorar inversionistas ángeles y una subvención en lugar de una ronda con valoración.',
    ],
    will: [
      'Ensayará la nueva apertura con cronómetro tres veces antes del {day}.',
      'Escribirá las tres condiciones en las que esperar un año tiene sentido.',
      'Enviará la versión corta de la presentación a los {n} inversionistas que la pidieron.',
    ],
    commitments: [
      'Reducir la presentación a 12 diapositivas',
      'Ensayar la apertura del pitch con cronómetro',
      'Conversación estructurada sobre los tiempos con {other}',
      'Actualizar el embudo de inversionistas',
    ],
    progress: [
      'Segundas reuniones con dos fondos después de la nueva apertura.',
      'Acordó los tiempos con {other}: levantar ahora, con una ronda más pequeña.',
      'Los pitches se sienten más tranquilos; autoevaluación de 7/10.',
    ],
  },
  {
    focus: 'Una conversación difícil con un superior',
    goals: [
      [
        'Pedir la conversación sobre el ascenso',
        'Reunión realizada y próximos pasos acordados',
        'Reunir evidencias; escribir la apertura; ensayar; agendar la reunión.',
      ],
    ],
    goal: [
      '{name} quiere plantearle a {other} el tema del ascenso sin que suene a reproche.',
      'Hoy: ensayar los dos primeros minutos de la conversación.',
    ],
    reality: [
      'Lleva ocho meses cumpliendo el rol sénior sin el título.',
      '{other} se muestra de apoyo en los 1:1, pero no concreta plazos.',
      'Le preocupa parecer «exigente», palabra que apareció en una evaluación anterior.',
    ],
    options: [
      'Empezar por el impacto y un pedido claro; o preguntarle primero a {other} cuáles son los criterios.',
      'Escribir la evidencia en tres puntos: ingresos, equipo y la cita de un cliente.',
      'Hacer un juego de roles con una respuesta favorable y otra difícil.',
    ],
    will: [
      'Agendará la reunión con {other} para el {day} y enviará una agenda de una línea.',
      'Llevará los tres puntos y pedirá criterios y una fecha.',
    ],
    commitments: [
      'Agendar la reunión con {other}',
      'Escribir los tres puntos de evidencia',
      'Ensayar la apertura en voz alta',
    ],
    progress: [
      'La reunión se hizo; el caso de ascenso pasa al comité en {n} semanas.',
      'Sintió aplomo en la conversación; los criterios ya están por escrito.',
    ],
  },
  {
    focus: 'Volver al trabajo después de la licencia parental',
    goals: [
      [
        'Un plan de regreso que funcione para la familia',
        'Tres semanas de regreso con la rutina de la guardería funcionando',
        'Regreso gradual; acordar un horario núcleo; plan B con {other}.',
      ],
    ],
    goal: [
      '{name} quiere volver con un plan y no solo «a ver cómo sale».',
      'Definir a qué decir que sí y a qué que no en el primer mes de regreso.',
    ],
    reality: [
      'La guardería abre a las 8:00; la reunión diaria del equipo es a las 8:15.',
      'Siente que perdió el hilo; {n} personas se sumaron al equipo durante la licencia.',
      'Su pareja, {other}, puede ir a buscar a los niños dos veces por semana.',
    ],
    options: [
      'Pedir que se mueva la reunión diaria, unirse a distancia o recibir un resumen por escrito.',
      'Un café con cada colega nuevo en las dos primeras semanas.',
      'Regreso gradual: tres días y luego cuatro.',
    ],
    will: [
      'Le propondrá a su jefatura el regreso gradual y el horario núcleo antes del {day}.',
      'Organizará un café con cada una de las {n} personas nuevas del equipo.',
    ],
    commitments: [
      'Proponer el plan de regreso gradual',
      'Un café con cada colega nuevo',
      'Acordar con {other} los turnos para buscar a los niños',
    ],
    progress: [
      'Las dos primeras semanas de regreso salieron mejor de lo que temía.',
      'Horario núcleo acordado por escrito.',
    ],
  },
  {
    focus: 'Hablar en público y presencia',
    goals: [
      [
        'Dar la charla en la conferencia',
        'Charla dada; nervios autoevaluados en 5/10 o menos',
        'Esquema, ensayo frente a la cámara, un público de prueba amigable y una rutina antes de la charla.',
      ],
    ],
    goal: [
      '{name} quiere disfrutar al presentar en lugar de sobrevivir.',
      'Preparar la apertura de la charla para la conferencia, dentro de {n} semanas.',
    ],
    reality: [
      'El corazón se le acelera los dos primeros minutos y luego se calma.',
      'Lee las diapositivas cuando le ganan los nervios; lo sabe.',
      'Le fue muy bien en la jornada del equipo fuera de la oficina, cuando el ambiente era informal.',
    ],
    options: [
      'Abrir con una pregunta al público; menos texto en las diapositivas; ensayar sobre todo el primer minuto.',
      'Tomar la charla como una conversación de esa jornada, solo que en una sala más grande.',
      'Una breve rutina de respiración antes de salir.',
    ],
    will: [
      'Grabará la apertura en video y la verá una vez, con amabilidad.',
      'Presentará el borrador a {other} y a dos colegas el {day}.',
    ],
    commitments: [
      'Grabar la apertura en video',
      'Ensayo general con {other} y colegas',
      'Reducir a la mitad el texto de las diapositivas',
    ],
    progress: [
      'El ensayo general salió bien; cambió el texto de las diapositivas por imágenes.',
      'Charla dada; nervios en 4/10.',
    ],
  },
  {
    focus: 'Adaptarse a un nuevo país',
    goals: [
      [
        'Construir una red local',
        'Cinco contactos profesionales nuevos y un grupo de amistades',
        'Un intercambio de idiomas, un encuentro al mes, cafés con colegas.',
      ],
    ],
    goal: [
      '{name} quiere que la nueva ciudad se sienta como un hogar, no como un destino de paso.',
      'Hoy: lo que la saudade le está diciendo sobre lo que importa.',
    ],
    reality: [
      'Llegó hace {n} meses; el trabajo va bien, las noches son solitarias.',
      'Extraña la cultura de café de su país y los almuerzos de domingo.',
      'El idioma va mejorando; todavía evita las llamadas telefónicas.',
    ],
    options: [
      'Un intercambio de idiomas, un coro, voluntariado en el centro comunitario.',
      'Invitar a almorzar a {other}, del trabajo.',
      'Cocinar aquí el almuerzo del domingo e invitar a los vecinos.',
    ],
    will: [
      'Se inscribirá en el intercambio de idiomas el {day}.',
      'Invitará a {other} a almorzar esta semana.',
    ],
    commitments: [
      'Inscribirme en el intercambio de idiomas',
      'Invitar a {other} a almorzar',
      'Hacer una llamada telefónica en el nuevo idioma',
    ],
    progress: [
      'Se sumó a un coro; dos amistades nuevas.',
      'La primera llamada en el nuevo idioma salió bien.',
    ],
  },
  {
    focus: 'La confianza y la voz del «impostor»',
    goals: [
      [
        'Tomar la palabra en las reuniones de liderazgo',
        'Una intervención en cada reunión de liderazgo durante un mes',
        'Preparar un punto con anticipación; notar la voz; hablar en los primeros diez minutos.',
      ],
    ],
    goal: [
      '{name} quiere dejar de ensayar cada frase antes de decirla.',
      'Explorar dónde aparece la voz de «no perteneces aquí».',
    ],
    reality: [
      'La voz se hace más fuerte frente a la alta dirección y se calla con los clientes.',
      'Tiene trayectoria: {n} proyectos exitosos este año.',
      'Se compara con {other}, a quien todo parece salirle sin esfuerzo.',
    ],
    options: [
      'Llevar un archivo de evidencias; hablar en los primeros diez minutos; preguntarle a {other} cómo se ve desde afuera.',
      'Ponerle nombre a la voz; tratarla como a un colega nervioso, no como la verdad.',
    ],
    will: [
      'Preparará un punto para cada reunión de liderazgo y lo dirá temprano.',
      'Empezará el archivo de evidencias esta noche con tres entradas.',
    ],
    commitments: [
      'Empezar el archivo de evidencias',
      'Hablar en los primeros diez minutos de la reunión de liderazgo',
    ],
    progress: [
      'Habló temprano en tres reuniones; adoptaron una de sus ideas.',
      'El archivo de evidencias tiene 12 entradas.',
    ],
  },
  {
    focus: 'Tiempo, foco y procrastinación',
    goals: [
      [
        'Terminar el capítulo de la tesis',
        'Capítulo enviado a la dirección de tesis',
        'Bloques de concentración de dos horas; un plan visible; revisión semanal.',
      ],
    ],
    goal: [
      '{name} quiere terminar lo importante en lugar de lo que más ruido hace.',
      'Planificar las próximas dos semanas en torno a una sola prioridad.',
    ],
    reality: [
      'Empieza el día con el correo y pierde la mañana.',
      'El capítulo lleva {n} semanas «casi terminado».',
      'Trabaja mejor temprano, antes de que la casa se despierte.',
    ],
    options: [
      'Mañanas para el capítulo, tardes para el correo; una sesión de trabajo en compañía con {other}.',
      'Dividir el capítulo en cinco partes pequeñas.',
    ],
    will: [
      'Reservará de 7:00 a 9:00 para el capítulo cuatro días de la semana.',
      'Le enviará la primera sección a {other} antes del {day}.',
    ],
    commitments: [
      'Reservar de 7:00 a 9:00 para el trabajo profundo',
      'Enviarle la primera sección a {other}',
    ],
    progress: ['Tres secciones en borrador.', 'Capítulo enviado; la devolución llega la próxima semana.'],
  },
  {
    focus: 'Coaching de equipo: confianza y formas de trabajar',
    goals: [
      [
        'Acordar las normas de trabajo del equipo',
        'Una carta de equipo de una página que todo el equipo suscriba',
        'Dos talleres, una retrospectiva y una revisión al mes.',
      ],
    ],
    goal: [
      'El equipo quiere dejar de reabrir decisiones en los pasillos.',
      'Hoy: sacar a la luz lo que cada persona necesita de las demás.',
    ],
    reality: [
      'Dos subequipos después de la fusión; hábitos distintos con los plazos.',
      '{other} habla la mayor parte del tiempo; {n} personas casi no hablaron.',
      'Coinciden en el objetivo, no en el cómo.',
    ],
    options: [
      'Rondas de apertura por turnos; un registro de decisiones; una regla de «discrepar y comprometerse».',
      'Parejas entre los antiguos subequipos para el próximo sprint.',
    ],
    will: [
      'El equipo redactará la carta y probará el registro de decisiones durante dos semanas.',
      '{other} facilitará la próxima retrospectiva.',
    ],
    commitments: [
      'Redactar la carta de equipo',
      'Llevar un registro de decisiones durante dos semanas',
      'Que {other} facilite la retrospectiva',
    ],
    progress: [
      'Carta acordada; registro de decisiones en uso.',
      'La retrospectiva mostró más voces en la sala.',
    ],
  },
  {
    focus: 'Preparación para el empleo (programa comunitario)',
    goals: [
      [
        'Encontrar un trabajo estable',
        'Una oferta de empleo con contrato',
        'Currículum, entrevistas de práctica, tres postulaciones por semana, referencias.',
      ],
    ],
    goal: [
      '{name} quiere un trabajo compatible con el horario escolar de sus hijos.',
      'Practicar la entrevista para el puesto de supervisión de almacén.',
    ],
    reality: [
      'Trabajó {n} años en hotelería y gastronomía antes de mudarse; sus títulos aún no están reconocidos.',
      'Perdió confianza después de varios rechazos; tiene mucha motivación.',
      'Tiene quien cuide a los niños los días de semana hasta las 15:00.',
    ],
    options: [
      'Postularse a puestos en horario escolar; preguntar en el centro comunitario por el trámite de reconocimiento.',
      'Una referencia de {other}, del voluntariado.',
    ],
    will: ['Enviará tres postulaciones antes del {day}.', 'Le pedirá a {other} una carta de referencia.'],
    commitments: [
      'Enviar tres postulaciones',
      'Pedirle a {other} una carta de referencia',
      'Entrevista de práctica en el centro',
    ],
    progress: ['Dos entrevistas; una pasó a segunda ronda.', 'Oferta aceptada: empieza en dos semanas.'],
  },
  {
    focus: 'Transición a la jubilación',
    goals: [
      [
        'Diseñar el primer año después de jubilarse',
        'Un plan escrito para el primer año, con tres anclas',
        'Ejercicio de valores, pruebas, una conversación con {other}.',
      ],
    ],
    goal: [
      '{name} quiere que la jubilación sea un comienzo, no un final.',
      'Explorar la identidad más allá del cargo.',
    ],
    reality: [
      'Se jubila en {n} meses, después de 34 años en la misma empresa.',
      'Le entusiasma tener tiempo; le preocupan la estructura y el propósito.',
      'Su pareja, {other}, se jubiló hace dos años y tiene la agenda llena.',
    ],
    options: [
      'Ser mentor de ingenieros jóvenes, la huerta comunitaria, aprender a tocar el violonchelo.',
      'Un día a la semana de consultoría a tiempo parcial.',
    ],
    will: [
      'Probará una mañana en la huerta comunitaria el {day}.',
      'Hará una lista de diez cosas que pospuso «hasta jubilarse».',
    ],
    commitments: ['Visitar la huerta comunitaria', 'Escribir la lista de cosas pospuestas'],
    progress: ['Se inscribió como mentor de dos recién egresados.', 'Primera clase de violonchelo agendada.'],
  },
  {
    focus: 'Hábitos saludables: movimiento y energía',
    goals: [
      [
        'Correr una carrera de 10 km',
        '10 km completados en la carrera de primavera',
        'Tres salidas a correr por semana, un plan y alguien con quien correr.',
      ],
    ],
    goal: [
      '{name} quiere que el movimiento sea parte de la semana, no un propósito de Año Nuevo.',
      'Hoy: qué se interpone en la salida a correr de la mañana.',
    ],
    reality: [
      'Corre dos veces por semana cuando los viajes lo permiten.',
      'Viajar {n} días al mes rompe cualquier rutina.',
      'Lo disfruta una vez que sale por la puerta.',
    ],
    options: [
      'Ejercicios en la habitación del hotel los días de viaje; correr con {other} los sábados.',
      'Salidas más cortas en lugar de salidas que no se hacen.',
    ],
    will: [
      'Correrá el lunes, el miércoles y el sábado esta semana, aunque sea 20 minutos.',
      'Le preguntará a {other} si quiere correr los sábados.',
    ],
    commitments: [
      'Salir a correr tres veces esta semana',
      'Preguntarle a {other} por las salidas de los sábados',
    ],
    progress: ['Corre tres veces por semana desde hace un mes.', 'Carrera terminada: 58 minutos.'],
  },
];

export const CCC_RAPPORT_ES = [
  'Inicio cálido; {name} llegó directo de una reunión difícil y tardó un minuto en aterrizar.',
  'Conexión fácil; muchas risas sobre la semana.',
  'Algo de reserva al principio; se abrió cuando nombramos el tema.',
  'Buena energía; se notaba que {name} había pensado en la sesión de antemano.',
  'Menos conversación que de costumbre y cansancio; acordamos ir más despacio.',
];

export const CCC_COMMUNICATION_ES = [
  'Escuché «debería» {n} veces; se lo reflejé y {name} se rio.',
  'Noté que la voz se aceleraba al hablar de {other}.',
  'Usé el silencio después de la gran pregunta; {name} lo llenó con el tema de fondo.',
  'Llamó «la reunión» a cualquier encuentro, aunque fuera un café: costumbre de su equipo de Madrid.',
  'El lenguaje corporal cambió cuando las opciones se volvieron reales.',
];

export const CCC_EXPLORATION_ES = [
  'Descubrió que el miedo no es a fracasar, sino a que otros vean el fracaso.',
  'Se dio cuenta de que el plazo es autoimpuesto.',
  '{name} vio que el mismo patrón aparece en casa y en el trabajo.',
  'Nombró un valor —la justicia— debajo de la frustración.',
  'Apareció el kintsugi como metáfora: las reparaciones como parte de la historia.',
];

export const FREE_OPENERS_ES = [
  'Apertura: {name} está en un mejor momento que la última vez.',
  'Sesión corta hoy; {name} tenía que irse a la hora en punto.',
  'Primero revisamos los compromisos de la última sesión.',
  'Sesión por video; la conexión se cortó una vez.',
  'Nos vimos en el café cerca de su oficina; ruidoso pero relajado.',
];

export const REFLECTIONS_ES = [
  'Pasé a las opciones demasiado pronto; la próxima vez, quedarme más en la Realidad.',
  'Noté mis propias ganas de tranquilizar. Me quedé con la pregunta.',
  'Buen uso del silencio. El cliente hizo el trabajo.',
  'Revisar mi suposición de que esto es de confianza; puede que sea de valores.',
  'Sentí el impulso de dar consejos sobre el currículum; lo nombré y pedí permiso.',
  'El tema tocó el ánimo bajo: lo exploré; está dentro del coaching, pero hay que seguirlo de cerca.',
  '',
  '',
  '',
];

export const ADDENDA_ES = [
  'Adenda: el cliente escribió después de la sesión; la conversación con {other} salió bien.',
  'Adenda: corregí la fecha de la próxima sesión (pasó al {day}).',
  'Adenda: el cliente pidió que la nota sobre {other} se mantenga general. De acuerdo; sin cambios en el original.',
  'Adenda: llamada de seguimiento de 10 minutos; el plan se mantiene.',
];

export const WEEKDAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'];
