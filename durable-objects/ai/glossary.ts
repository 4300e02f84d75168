/**
 * The support glossary: the commonest words and phrases of a shop's customer service in Spanish, French,
 * German and Portuguese, with what they mean in English — question words (how long, how much, when, where),
 * orders, delivery, payment, refunds, accounts, subscriptions, devices and their faults. A question in one of
 * those languages is read through it (language.ts), so it finds the English article and the kind of answer
 * it asks for; the answer is quoted in English. Written as general vocabulary, not from any knowledge base.
 *
 * One entry per "foreign = english" pair, `;`-separated; foreign forms are folded (lowercase, no accents,
 * ß as ss, elisions split: "l'app" is "le app", "s'allume" is "se allume"). A form may be a phrase; longer phrases win.
 */

const es = `
a menudo = often; con que frecuencia = how often; cada cuanto = how often; viene = comes; llega = arrives; naranja = orange; rojo = red; azul = blue; verde = green; vacaciones = holiday; durante = during; desde hace = for; demasiado = too; muy = very; acelerar = faster; mas rapido = faster; parte = part; incompleto = incomplete; incompleta = incomplete; se mueve = moved; no se mueve = hasn't moved;
como = how; como hago = how do i; como puedo = how can i; como se = how do i; cuando = when; hasta cuando = until when deadline;
cuanto tiempo = how long; cuanto tarda = how long does it take; cuanto tardan = how long does it take; cuanto demora = how long does it take;
cuanto cuesta = how much does it cost; cuanto cuestan = how much does it cost; cuanto vale = how much is; cuanto es = how much is; cuanto = how much;
cuantos = how many; cuantas = how many; donde = where; en donde = where; que pasa = what happens; que pasa si = what happens if; que hago = what do i do;
que significa = what does it mean; que quiere decir = what does it mean; por que = why; porque = because; cual = which; cuales = which; puedo = can i;
se puede = can i; pueden = can you; podeis = can you; tengo que = do i have to; hay que = do i have to; necesito = i need; debo = should i;
cambiar = change; cambio = change; modificar = change; actualizar = update; cancelar = cancel; anular = cancel; darme de baja = cancel; dar de baja = cancel;
baja = cancel; borrar = delete; eliminar = delete; pagar = pay; pague = paid; pagado = paid; pago = payment; pagos = payments; metodo de pago = payment method;
forma de pago = payment method; tarjeta = card; tarjeta de credito = credit card; rechazada = declined; rechazado = declined; rechazo = declined;
cobro = charge; cobros = charges; cobrado = charged; cobraron = charged; cobrar = charge; me cobraron = charged me; cargo = charge; cargos = charges;
dos veces = twice; doble = twice; duplicado = duplicate; pendiente = pending; banco = bank; extracto = statement; reembolso = refund; reembolsar = refund;
reembolsado = refunded; devolucion = return refund; devolver = return send back; devuelvo = return; dinero = money; devolver el dinero = refund;
factura = invoice; facturas = invoices; recibo = receipt; empresa = company; iva = vat; pedido = order; pedidos = orders; compra = order purchase;
envio = shipping delivery; envios = deliveries; enviar = ship send; enviado = shipped; entrega = delivery; entregas = deliveries; entregado = delivered;
llegar = arrive; llega = arrives; llego = arrived; no llego = never arrived; no ha llegado = has not arrived; paquete = package; caja = box;
rastrear = track; rastreo = tracking; seguimiento = tracking; numero de seguimiento = tracking number; transportista = carrier; repartidor = courier;
gastos de envio = shipping costs; envio gratis = free shipping; gratis = free; gratuito = free; urgente = express; aduana = customs import duties;
impuestos = taxes; pais = country; direccion = address; semana = week; semanas = weeks; mes = month; meses = months; dia = day; dias = days;
dias habiles = business days; hora = hour; horas = hours; minutos = minutes; ano = year; anos = years; fecha = date; fecha de cobro = billing date;
proxima = next; proximo = next; suscripcion = subscription; abono = subscription; plan = plan; mensual = monthly; quincenal = biweekly;
cada dos semanas = every 2 weeks; pausar = pause; pausa = pause; saltar = skip; saltarme = skip; omitir = skip; reanudar = resume; reactivar = restart;
cuenta = account; contrasena = password; clave = password; olvide = forgot; olvidado = forgotten; iniciar sesion = log in; entrar = log in;
correo = email; correo electronico = email; telefono = phone; movil = phone; celular = phone; codigo = code; autenticacion en dos pasos = two-factor authentication;
datos = data; datos personales = personal data; privacidad = privacy; maquina = machine; cafetera = machine; cafe = coffee; granos = beans; grano = beans;
molido = ground; molienda = grind; molinillo = grinder; fuerte = strong; debil = weak; aguado = watery; frio = cold; caliente = hot; temperatura = temperature;
no enciende = won't turn on; no se enciende = won't turn on; no prende = won't turn on; encender = turn on; apagar = turn off; enchufe = outlet;
pantalla = display; boton = button; luz = light; parpadea = blinking; agua = water; deposito = water tank; tanque = water tank; bandeja = drip tray;
descalcificar = descale; descalcificacion = descaling; descalcificador = descaler; cal = limescale; error = error; codigo de error = error code;
conectar = connect; conexion = connection; red = network; contrasena del wifi = wi-fi password; mayusculas y minusculas = case-sensitive;
aplicacion = app; garantia = warranty; reclamacion = claim; reparar = repair; reparacion = repair; roto = broken; rota = broken; danado = damaged;
danada = damaged; golpeado = dented; falta = missing; faltan = missing; perdido = lost; perdi = lost; robado = stolen; cambio de plan = change plan;
numero de serie = serial number; encontrar = find; encuentro = find; muestra = shows; aparece = shows; recibi = received; no recibi = never received;
recibir = receive; tarda = takes; demora = takes; mandar = send; devolvi = returned; compre = bought; usar = use; funcionar = work; restablecer = reset; resetear = reset; en camino = on the way; tengo = i have; tiene = has; nuevo = new; nueva = new; viejo = old; otro = another; otra = another; mal = wrong; funciona = work; no funciona = not working;
`;

const fr = `
souvent = often; a quelle frequence = how often; vient = comes; orange = orange; rouge = red; bleu = blue; vert = green; vacances = holiday; pendant = during; depuis = for; trop = too; accelerer = faster; plus vite = faster; partie = part; incomplete = incomplete; incomplet = incomplete; par = by; bouge = moved; ne bouge pas = hasn't moved;
comment = how; comment faire = how do i; comment je fais = how do i; comment puis je = how can i; quand = when; jusque a quand = until when deadline;
combien de temps = how long; combien de jours = how many days; en combien de temps = how long; combien coute = how much does it cost;
combien coutent = how much does it cost; combien ca coute = how much does it cost; combien = how much; ou = where; que se passe t il = what happens;
que est ce qui se passe = what happens; que faire = what do i do; que signifie = what does it mean; ca veut dire quoi = what does it mean; pourquoi = why;
quel = which; quelle = which; quels = which; quelles = which; est ce que je peux = can i; puis je = can i; je peux = can i; peut on = can i;
dois je = do i have to; je dois = do i have to; faut il = do i have to; il faut = do i have to; je ai besoin = i need; changer = change; modifier = change;
mettre a jour = update; annuler = cancel; resilier = cancel; resiliation = cancellation; supprimer = delete; effacer = delete; payer = pay; paye = paid;
paiement = payment; moyen de paiement = payment method; carte = card; carte bancaire = card; carte de credit = credit card; refusee = declined;
refuse = declined; prelevement = charge; preleve = charged; debite = charged; debit = charge; deux fois = twice; en double = twice; double = twice;
en attente = pending; banque = bank; releve = statement; remboursement = refund; rembourser = refund; rembourse = refunded; etre rembourse = refund;
argent = money; retour = return; retourner = return send back; renvoyer = send back; facture = invoice; factures = invoices; 
entreprise = company; societe = company; tva = vat; commande = order; commandes = orders; achat = purchase; livraison = delivery shipping;
livraisons = deliveries; livrer = deliver; livre = delivered; expedition = shipping; expedier = ship; expedie = shipped; envoi = shipment; envoyer = send;
arriver = arrive; arrive = arrived; arrivee = arrived; ne est pas arrive = has not arrived; jamais recu = never received; colis = package parcel;
carton = box; suivi = tracking; suivre = track; numero de suivi = tracking number; transporteur = carrier; livreur = courier; frais de port = shipping costs;
frais de livraison = shipping costs; gratuit = free; gratuite = free; douane = customs import duties; taxes = taxes; pays = country; adresse = address;
semaine = week; semaines = weeks; mois = month months; jour = day; jours = days; jours ouvres = business days; jours ouvrables = business days;
heure = hour; heures = hours; minutes = minutes; an = year; ans = years; date = date; date de facturation = billing date; prochaine = next; prochain = next;
abonnement = subscription; formule = plan; mensuel = monthly; toutes les deux semaines = every 2 weeks; bimensuel = biweekly; mettre en pause = pause;
suspendre = pause; pause = pause; sauter = skip; reprendre = resume; reactiver = restart; compte = account; mot de passe = password; oublie = forgot;
se connecter = log in; me connecter = log in; me reconnecter = log in; connexion = log in; courriel = email; e mail = email; mail = email;
telephone = phone; portable = phone; code = code; double authentification = two-factor authentication; donnees = data; donnees personnelles = personal data;
confidentialite = privacy; machine = machine; machine a cafe = machine; cafetiere = machine; cafe = coffee; grains = beans; grain = beans; moulu = ground;
mouture = grind; moulin = grinder; broyeur = grinder; fort = strong; faible = weak; leger = weak; aqueux = watery; froid = cold; tiede = lukewarm;
chaud = hot; temperature = temperature; ne se allume pas = won't turn on; ne demarre pas = won't turn on; allumer = turn on; eteindre = turn off;
prise = outlet; ecran = display; bouton = button; voyant = light; lumiere = light; clignote = blinking; eau = water; reservoir = water tank;
bac = drip tray; detartrer = descale; detartrage = descaling; detartrant = descaler; calcaire = limescale; erreur = error; code de erreur = error code;
connecter = connect; reseau = network; application = app; appli = app; garantie = warranty; reclamation = claim; reparer = repair; reparation = repair;
casse = broken; cassee = broken; abime = damaged; abimee = damaged; endommage = damaged; endommagee = damaged; manque = missing; manquant = missing;
perdu = lost; vole = stolen; numero de serie = serial number; nouveau = new; nouvelle = new; ancien = old; autre = another; ne marche pas = not working;
ne fonctionne pas = not working; remplacement = replacement; plutot = rather; prefere = prefer; trouver = find; trouve = find;
affiche = shows; se affiche = shows; recu = received; pas recu = never received; recevoir = receive; reinitialiser = reset; reinitialisation = reset;
renvoye = returned; achete = bought; utiliser = use; marcher = work; fonctionner = work; allumer = turn on; allume = turn on; mettre en pause = pause;
`;

const de = `
oft = often; wie oft = how often; kommt = comes; kommt an = arrives; orange = orange; rot = red; blau = blue; grun = green; urlaub = holiday; wahrend = during; seit = for; zu = too; beschleunigen = faster; schneller = faster; teil = part; unvollstandig = incomplete; bewegt = moved; bewegt sich nicht = hasn't moved;
wie = how; wie kann ich = how can i; wie geht = how do i; wann = when; bis wann = until when deadline; wie lange = how long; wie lang = how long;
wie viele tage = how many days; wie viel kostet = how much does it cost; wieviel kostet = how much does it cost; was kostet = how much does it cost;
wie teuer = how much does it cost; wie viel = how much; wieviel = how much; wie viele = how many; wo = where; wo finde ich = where can i find;
was passiert = what happens; was soll ich tun = what do i do; was bedeutet = what does it mean; was heisst = what does it mean; warum = why; wieso = why;
welche = which; welcher = which; welches = which; kann ich = can i; darf ich = can i; konnen sie = can you; muss ich = do i have to; brauche ich = do i need;
ich brauche = i need; andern = change; wechseln = change; aktualisieren = update; kundigen = cancel; kundigung = cancellation; stornieren = cancel;
abbestellen = cancel; beenden = cancel; loschen = delete; bezahlen = pay; zahlen = pay; bezahlt = paid; zahlung = payment; zahlungsart = payment method;
zahlungsmethode = payment method; karte = card; kreditkarte = credit card; abgelehnt = declined; abbuchung = charge; abgebucht = charged;
belastet = charged; zweimal = twice; doppelt = twice; ausstehend = pending; vorgemerkt = pending; bank = bank; kontoauszug = statement;
abrechnung = statement; erstattung = refund; ruckerstattung = refund; erstatten = refund; zuruckerstatten = refund; geld zuruck = money back; geld = money;
rucksendung = return; zurucksenden = send back; zuruckschicken = send back; retoure = return; rechnung = invoice; rechnungen = invoices; beleg = receipt;
quittung = receipt; firma = company; unternehmen = company; mwst = vat; ust idnr = vat id; bestellung = order; bestellungen = orders; kauf = purchase;
lieferung = delivery; lieferungen = deliveries; liefern = deliver; geliefert = delivered; versand = shipping; versenden = ship; verschickt = shipped;
versendet = shipped; ankommen = arrive; angekommen = arrived; nie angekommen = never arrived; nicht angekommen = has not arrived; paket = package parcel;
karton = box; sendungsverfolgung = tracking; verfolgen = track; sendungsnummer = tracking number; trackingnummer = tracking number; zusteller = courier;
paketbote = courier; versandkosten = shipping costs; kostenlos = free; gratis = free; zoll = customs import duties; steuern = taxes; land = country;
adresse = address; lieferadresse = delivery address; woche = week; wochen = weeks; monat = month; monate = months; tag = day; tage = days;
werktage = business days; stunde = hour; stunden = hours; minuten = minutes; jahr = year; jahre = years; datum = date; abrechnungsdatum = billing date;
nachste = next; nachsten = next; abo = subscription; abonnement = subscription; tarif = plan; monatlich = monthly; alle zwei wochen = every 2 weeks;
zweiwochentlich = biweekly; pausieren = pause; aussetzen = pause; pause = pause; uberspringen = skip; auslassen = skip; fortsetzen = resume; konto = account;
kundenkonto = account; passwort = password; kennwort = password; vergessen = forgot; anmelden = log in; einloggen = log in; e mail = email; email = email;
handy = phone; telefon = phone; smartphone = phone; code = code; zwei faktor authentifizierung = two-factor authentication; daten = data;
personliche daten = personal data; datenschutz = privacy; maschine = machine; kaffeemaschine = machine; gerat = machine; kaffee = coffee; bohnen = beans;
gemahlen = ground; mahlgrad = grind; mahlwerk = grinder; stark = strong; starker = stronger; schwach = weak; wassrig = watery; kalt = cold; lauwarm = lukewarm;
heiss = hot; temperatur = temperature; geht nicht an = won't turn on; lasst sich nicht einschalten = won't turn on; startet nicht = won't turn on;
einschalten = turn on; ausschalten = turn off; steckdose = outlet; display = display; anzeige = display; taste = button; knopf = button; lampe = light;
leuchte = light; licht = light; blinkt = blinking; wasser = water; wassertank = water tank; tank = water tank; tropfschale = drip tray; entkalken = descale;
entkalkung = descaling; entkalker = descaler; kalk = limescale; fehler = error; fehlercode = error code; zeigt = shows; verbinden = connect;
netzwerk = network; wlan = wi-fi; app = app; garantie = warranty; gewahrleistung = warranty; reklamation = claim; reparieren = repair; reparatur = repair;
kaputt = broken; defekt = broken; beschadigt = damaged; verbeult = dented; fehlt = missing; fehlen = missing; verloren = lost; gestohlen = stolen;
seriennummer = serial number; neu = new; neues = new; neuen = new; alt = old; alte = old; weg = lost; funktioniert nicht = not working; ersatz = replacement;
wieder = again; zuruck = back; finden = find; finde = find; zeigt = shows; zeigt an = shows; angezeigt = shows; erhalten = received; bekommen = received;
nicht erhalten = never received; nicht bekommen = never received; zurucksetzen = reset; dauert = takes; schicken = send; gekauft = bought; benutzen = use;
funktionieren = work; einschalten = turn on;
`;

const pt = `
com que frequencia = how often; frequentemente = often; vem = comes; laranja = orange; vermelho = red; azul = blue; verde = green; ferias = holiday; durante = during; desde = for; ha = for; demais = too; muito = very; acelerar = faster; mais rapido = faster; parte = part; incompleto = incomplete; incompleta = incomplete; nao se move = hasn't moved;
como = how; como faco = how do i; como posso = how can i; quando = when; ate quando = until when deadline; quanto tempo = how long; quanto demora = how long does it take;
quantos dias = how many days; quanto custa = how much does it cost; quanto custam = how much does it cost; qual o preco = how much is; quanto e = how much is;
quanto = how much; quantos = how many; quantas = how many; onde = where; onde encontro = where can i find; o que acontece = what happens;
o que faco = what do i do; o que significa = what does it mean; por que = why; porque = because; qual = which; quais = which; posso = can i;
da para = can i; tenho que = do i have to; preciso = i need; devo = should i; mudar = change; alterar = change; trocar = change; atualizar = update;
cancelar = cancel; cancelamento = cancellation; excluir = delete; apagar = delete; pagar = pay; paguei = paid; pago = paid; pagamento = payment;
forma de pagamento = payment method; metodo de pagamento = payment method; cartao = card; cartao de credito = credit card; recusado = declined;
recusada = declined; cobranca = charge; cobrado = charged; cobraram = charged; cobrar = charge; duas vezes = twice; em dobro = twice; pendente = pending;
banco = bank; extrato = statement; reembolso = refund; reembolsar = refund; estorno = refund; devolucao = return refund; devolver = return send back;
dinheiro = money; fatura = invoice; faturas = invoices; nota fiscal = invoice; recibo = receipt; empresa = company; nif = vat id; pedido = order;
pedidos = orders; encomenda = order; encomendas = orders; compra = purchase; entrega = delivery; entregas = deliveries; entregue = delivered; envio = shipping;
enviar = ship send; enviado = shipped; frete = shipping; chegar = arrive; chegou = arrived; nao chegou = has not arrived; pacote = package; caixa = box;
rastreio = tracking; rastreamento = tracking; rastrear = track; codigo de rastreio = tracking number; numero de rastreio = tracking number;
transportadora = carrier; entregador = courier; portes = shipping costs; gratis = free; gratuito = free; alfandega = customs import duties; impostos = taxes;
pais = country; endereco = address; morada = address; semana = week; semanas = weeks; mes = month; meses = months; dia = day; dias = days; dias uteis = business days;
hora = hour; horas = hours; minutos = minutes; ano = year; anos = years; data = date; data de cobranca = billing date; proxima = next; proximo = next;
assinatura = subscription; subscricao = subscription; plano = plan; mensal = monthly; quinzenal = biweekly; a cada duas semanas = every 2 weeks;
pausar = pause; pausa = pause; pular = skip; saltar = skip; retomar = resume; reativar = restart; conta = account; senha = password; palavra passe = password;
esqueci = forgot; entrar = log in; login = log in; e mail = email; email = email; telefone = phone; celular = phone; telemovel = phone; codigo = code;
autenticacao de dois fatores = two-factor authentication; dados = data; dados pessoais = personal data; privacidade = privacy; maquina = machine;
cafeteira = machine; cafe = coffee; graos = beans; moido = ground; moagem = grind; moedor = grinder; forte = strong; fraco = weak; aguado = watery;
frio = cold; morno = lukewarm; quente = hot; temperatura = temperature; nao liga = won't turn on; ligar = turn on; desligar = turn off; tomada = outlet;
visor = display; ecra = display; tela = display; botao = button; botaozinho = button; luz = light; pisca = blinking; agua = water; reservatorio = water tank;
deposito = water tank; tanque = water tank; bandeja = drip tray; descalcificar = descale; descalcificacao = descaling; descalcificante = descaler;
calcario = limescale; erro = error; codigo de erro = error code; conectar = connect; rede = network; aplicativo = app; aplicacao = app; app = app;
garantia = warranty; reclamacao = claim; consertar = repair; reparar = repair; conserto = repair; quebrado = broken; quebrada = broken; danificado = damaged;
danificada = damaged; amassado = dented; falta = missing; faltando = missing; perdido = lost; perdi = lost; roubado = stolen; numero de serie = serial number;
novo = new; nova = new; antigo = old; outro = another; nao funciona = not working; carregar = press; apertar = press;
encontrar = find; encontro = find; acho = find; mostra = shows; aparece = shows; recebi = received; nao recebi = never received; receber = receive;
chegar = arrive; demora = takes; leva = takes; mandar = send; devolvi = returned; comprei = bought; usar = use; funcionar = work; resetar = reset; redefinir = reset;
`;

export type Language = "es" | "fr" | "de" | "pt";

function parse(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of text.split(";")) {
    const [from, to] = pair.split("=").map((s) => s.trim().replace(/\s+/g, " "));
    if (from && to) out.set(from, to);
  }
  return out;
}

export const GLOSSARY: Record<Language, Map<string, string>> = { es: parse(es), fr: parse(fr), de: parse(de), pt: parse(pt) };
