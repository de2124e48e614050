<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>cnngui</name>
    <message>
      <location filename="../../cnngui/app.py" line="103" />
      <source>Loading PyTorch…</source>
      <translation>PyTorch wird geladen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/app.py" line="110" />
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <location filename="../../cnngui/app.py" line="126" />
      <source>cnngui cannot start</source>
      <translation>cnngui kann nicht starten</translation>
    </message>
    <message>
      <location filename="../../cnngui/app.py" line="127" />
      <source>PyTorch failed to load: {message}</source>
      <translation>PyTorch ließ sich nicht laden: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="23" />
      <source>{seconds}s {step}ms/step - loss: {loss} - accuracy: {accuracy} - val_loss: {test_loss} - val_accuracy: {test_accuracy}</source>
      <translation>{seconds}s {step}ms/Schritt - Verlust: {loss} - Genauigkeit: {accuracy} - Testverlust: {test_loss} - Testgenauigkeit: {test_accuracy}</translation>
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="33" />
      <source>loss and val_loss are both the plain cross-entropy. The recipe trains with label smoothing {smoothing}, which keeps answers from growing overconfident: the objective it minimised was {objective}, higher by design.</source>
      <translation>loss und val_loss sind beide die einfache Kreuzentropie. Das Rezept trainiert mit Label-Glättung {smoothing}, die verhindert, dass die Antworten zu selbstsicher werden: Das minimierte Trainingsziel war {objective}, mit Absicht höher.</translation>
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="38" />
      <source>accuracy (training) is below val_accuracy (test): it is the running average over the epoch, which began at chance, while val_accuracy is measured after it.</source>
      <translation>accuracy (Training) liegt unter val_accuracy (Test): Sie ist der laufende Mittelwert über die Epoche, die beim Raten begann, während val_accuracy danach gemessen wird.</translation>
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="108" />
      <source>1 epoch</source>
      <translation>1 Epoche</translation>
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="108" />
      <source>{count} epochs</source>
      <translation>{count} Epochen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/drawings.py" line="49" />
      <source>drawings: {dataset}</source>
      <translation>Zeichnungen: {dataset}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/drawings.py" line="119" />
      <source>No seat has shared drawings of a dataset {name!r} (shared: {names}).</source>
      <translation>Kein Platz hat Zeichnungen eines Datensatzes {name!r} geteilt (geteilt: {names}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/drawings.py" line="120" />
      <source>none yet</source>
      <translation>noch keine</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/drawings.py" line="129" />
      <source>The class shared {count} drawings of {name!r}; at most {limit} are fetched.</source>
      <translation>Die Klasse hat {count} Zeichnungen von {name!r} geteilt; höchstens {limit} werden geholt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/drawings.py" line="150" />
      <source>Cannot write {file}: {error}.</source>
      <translation>{file} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/membership.py" line="75" />
      <source>A name needs at least one letter or digit.</source>
      <translation>Ein Name braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/membership.py" line="128" />
      <source>Give the join code the teacher gave you.</source>
      <translation>Gib den Beitrittscode ein, den dir die Lehrkraft gegeben hat.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/membership.py" line="158" />
      <source>Another computer has joined under this name before ({where}): if that is not you, tell the teacher; both computers' runs appear under this name.</source>
      <translation>Unter diesem Namen ist schon ein anderer Computer beigetreten ({where}): Wenn du das nicht warst, sag es der Lehrkraft; die Läufe beider Computer erscheinen unter diesem Namen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/outbox.py" line="119" />
      <source>the server failed on it {count} times in a row: {error}</source>
      <translation>der Server scheiterte {count}-mal nacheinander daran: {error}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/reporter.py" line="141" />
      <source>Not sent to the class: the outbox can't be written ({error}).</source>
      <translation>Nicht an die Klasse gesendet: Der Postausgang lässt sich nicht schreiben ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="58" />
      <source>Give the class's address, for example http://192.168.1.10:5000.</source>
      <translation>Gib die Adresse der Klasse an, zum Beispiel http://192.168.1.10:5000.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="63" />
      <source>{url!r} is not a web address; it looks like http://192.168.1.10:5000.</source>
      <translation>{url!r} ist keine Webadresse; sie sieht so aus: http://192.168.1.10:5000.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="68" />
      <source>The port in {url!r} is not a number.</source>
      <translation>Der Port in {url!r} ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="98" />
      <source>The class server at {url} did not answer within {s} s.</source>
      <translation>Der Klassenserver unter {url} hat nicht innerhalb von {s} s geantwortet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="105" />
      <source>No class server answers at {url} ({reason}): check the address, and that the teacher's server is running.</source>
      <translation>Unter {url} antwortet kein Klassenserver ({reason}): Prüfe die Adresse und ob der Server der Lehrkraft läuft.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="118" />
      <source>The server at {url} answered, but not as an MLflow class server does: check the address and port.</source>
      <translation>Der Server unter {url} hat geantwortet, aber nicht wie ein MLflow-Klassenserver: Prüfe Adresse und Port.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="135" />
      <source>The class server did not accept the name and code: check the join code the teacher gave you.</source>
      <translation>Der Klassenserver hat Name und Code nicht angenommen: Prüfe den Beitrittscode, den dir die Lehrkraft gegeben hat.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="138" />
      <source>The class server refused: this login may not change that.</source>
      <translation>Der Klassenserver hat abgelehnt: Diese Anmeldung darf das nicht ändern.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="140" />
      <source>Not on the class server any more: {message}</source>
      <translation>Nicht mehr auf dem Klassenserver: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="143" />
      <source>The server at {url} is not an MLflow class server (it answered {status}): check the address and port.</source>
      <translation>Der Server unter {url} ist kein MLflow-Klassenserver (Antwort {status}): Prüfe Adresse und Port.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="147" />
      <source>The class server had a problem ({status}); it is tried again later.</source>
      <translation>Der Klassenserver hatte ein Problem ({status}); es wird später erneut versucht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="149" />
      <source>The class server refused: {message}</source>
      <translation>Der Klassenserver hat abgelehnt: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="175" />
      <source>The class server's answer about {name!r} is not one MLflow gives.</source>
      <translation>Die Antwort des Klassenservers zu {name!r} ist keine, die MLflow gibt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="190" />
      <source>The class server's list of runs is not a list.</source>
      <translation>Die Liste der Läufe vom Klassenserver ist keine Liste.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="219" />
      <source>The class server's answer is over {mb} MB: not one MLflow gives.</source>
      <translation>Die Antwort des Klassenservers ist über {mb} MB groß: keine, die MLflow gibt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/rest.py" line="222" />
      <source>The class server's answer did not end within {s} s.</source>
      <translation>Die Antwort des Klassenservers endete nicht innerhalb von {s} s.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="82" />
      <source>{path} is unreadable ({error}): restore it from a copy, or start a new class in another folder.</source>
      <translation>{path} ist unlesbar ({error}): Stelle die Datei aus einer Kopie wieder her oder beginne eine neue Klasse in einem anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="95" />
      <source>No class server has been started from {dir}: run cnngui class serve --dir {dir} first.</source>
      <translation>Aus {dir} wurde noch kein Klassenserver gestartet: Führe zuerst cnngui class serve --dir {dir} aus.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="108" />
      <source>{path} is not a roster (its columns must be name,user,code).</source>
      <translation>{path} ist keine Klassenliste (ihre Spalten müssen name,user,code sein).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="125" />
      <source>{name!r} would log in as {user}, as {other!r} does: add what tells them apart (a second initial, say) to one of the names.</source>
      <translation>{name!r} würde sich als {user} anmelden, wie {other!r}: Ergänzen Sie einen der Namen um etwas, das sie unterscheidet (etwa einen zweiten Anfangsbuchstaben).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="127" />
      <source>the teacher</source>
      <translation>die Lehrkraft</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="246" />
      <source>The class server stopped while starting (port {port} in use?). Its last words:
{tail}</source>
      <translation>Der Klassenserver hat beim Starten aufgehört (Port {port} belegt?). Seine letzten Worte:
{tail}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/server.py" line="253" />
      <source>The class server did not start within {s} s; see {log}.</source>
      <translation>Der Klassenserver ist nicht innerhalb von {s} s gestartet; siehe {log}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="98" />
      <source>{owner}'s run {run!r} calls itself {claimed!r}: shown as {owner}'s.</source>
      <translation>Der Lauf {run!r} von {owner} nennt sich {claimed!r}: gezeigt als Lauf von {owner}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="125" />
      <source>A challenge's rule is KIND:VALUE, KIND one of {kinds}, e.g. fewest-params:0.98 or best-accuracy:50000; got {text!r}.</source>
      <translation>Die Regel einer Challenge ist ART:WERT, ART eine von {kinds}, z. B. fewest-params:0.98 oder best-accuracy:50000; erhalten: {text!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="130" />
      <source>{value!r} is not a number.</source>
      <translation>{value!r} ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="134" />
      <source>An accuracy is above 0 and at most 1 (or 100%); got {text!r}.</source>
      <translation>Eine Genauigkeit liegt über 0 und höchstens bei 1 (oder 100 %); erhalten: {text!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="136" />
      <source>A parameter count is a whole number of at least 1; got {text!r}.</source>
      <translation>Eine Parameterzahl ist eine ganze Zahl ab 1; erhalten: {text!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="150" />
      <source>A challenge's name is 1 to 60 letters, digits, spaces, dots or dashes; got {name!r}.</source>
      <translation>Der Name einer Challenge besteht aus 1 bis 60 Buchstaben, Ziffern, Leerzeichen, Punkten oder Bindestrichen; erhalten: {name!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/classroom/teacher.py" line="175" />
      <source>No challenge {name!r} in this class (there are: {names}).</source>
      <translation>Keine Challenge {name!r} in dieser Klasse (es gibt: {names}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="70" />
      <source>crop, scale to {box} px, centre by mass</source>
      <translation>zuschneiden, auf {box} px skalieren, nach Schwerpunkt zentrieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="71" />
      <source>crop, scale to {box} px, centre by its box</source>
      <translation>zuschneiden, auf {box} px skalieren, nach Umriss zentrieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="76" />
      <source>Made the way {dataset} was: {steps}</source>
      <translation>So aufbereitet wie {dataset}: {steps}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="103" />
      <source>MNIST by Y. LeCun, C. Cortes and C. J. C. Burges, CC BY-SA 3.0.</source>
      <translation>MNIST von Y. LeCun, C. Cortes und C. J. C. Burges, CC BY-SA 3.0.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>T-shirt/top</source>
      <translation>T-Shirt/Top</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>Trouser</source>
      <translation>Hose</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>Pullover</source>
      <translation>Pullover</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>Dress</source>
      <translation>Kleid</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>Coat</source>
      <translation>Mantel</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>Sandal</source>
      <translation>Sandale</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="107" />
      <source>Shirt</source>
      <translation>Hemd</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="108" />
      <source>Sneaker</source>
      <translation>Sneaker</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="108" />
      <source>Bag</source>
      <translation>Tasche</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="108" />
      <source>Ankle boot</source>
      <translation>Stiefelette</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="116" />
      <source>Fashion-MNIST by Zalando Research, MIT licence.</source>
      <translation>Fashion-MNIST von Zalando Research, MIT-Lizenz.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="127" />
      <source>KMNIST (Kuzushiji-MNIST) by CODH, CC BY-SA 4.0.</source>
      <translation>KMNIST (Kuzushiji-MNIST) von CODH, CC BY-SA 4.0.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="130" />
      <source>a digit</source>
      <translation>eine Ziffer</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="130" />
      <source>an item of clothing</source>
      <translation>ein Kleidungsstück</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="130" />
      <source>a character</source>
      <translation>ein Schriftzeichen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="130" />
      <source>an image</source>
      <translation>ein Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="138" />
      <source>Unknown dataset {key!r}; choose one of {join}.</source>
      <translation>Unbekannter Datensatz {key!r}; wählen Sie einen von {join}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/datasets.py" line="152" />
      <source>The dataset recorded in the model file has no usable class names.</source>
      <translation>Der in der Modelldatei vermerkte Datensatz hat keine brauchbaren Klassennamen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="51" />
      <source>test images from {folder}</source>
      <translation>Testbilder aus {folder}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="52" />
      <source>{share} of each class held out for testing (seeded)</source>
      <translation>{share} jeder Klasse zum Testen zurückgehalten (fester Seed)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="66" />
      <source>Image folder {folder} does not exist.</source>
      <translation>Der Bilderordner {folder} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="68" />
      <source>{folder} is a file, not a folder of class folders.</source>
      <translation>{folder} ist eine Datei, kein Ordner mit Klassenordnern.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="72" />
      <source>Image folder {folder} can't be read ({error}).</source>
      <translation>Der Bilderordner {folder} lässt sich nicht lesen ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="75" />
      <source>{folder} has no class folders: put each class's images in a folder of its own, named after the class ({folder}/0/, {folder}/1/, …).</source>
      <translation>{folder} hat keine Klassenordner: Legen Sie die Bilder jeder Klasse in einen eigenen Ordner mit dem Namen der Klasse ({folder}/0/, {folder}/1/, …).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="78" />
      <source>{folder} has {count} class folders; cnngui takes at most {limit}.</source>
      <translation>{folder} hat {count} Klassenordner; cnngui nimmt höchstens {limit}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="94" />
      <source>{folder} holds more than {limit} images: use a smaller folder, or split it.</source>
      <translation>{folder} enthält mehr als {limit} Bilder: Nehmen Sie einen kleineren Ordner oder teilen Sie ihn auf.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="115" />
      <source>{folder} has one class folder ({name}): a classifier needs two classes or more.</source>
      <translation>{folder} hat nur einen Klassenordner ({name}): Ein Klassifikator braucht zwei Klassen oder mehr.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="121" />
      <source>Class folder {folder} holds no images ({suffixes}).</source>
      <translation>Der Klassenordner {folder} enthält keine Bilder ({suffixes}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="127" />
      <source>The test folder's classes ({test}) are not the training folder's ({train}).</source>
      <translation>Die Klassen des Testordners ({test}) sind nicht die des Trainingsordners ({train}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="140" />
      <source>{folder} has too few images to hold any out for testing: give each class a few more, or a test folder.</source>
      <translation>{folder} hat zu wenige Bilder, um welche zum Testen zurückzuhalten: Geben Sie jeder Klasse ein paar mehr oder einen Testordner.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="151" />
      <source>it holds nothing to classify (blank, or too little contrast)</source>
      <translation>es enthält nichts zu erkennen (leer oder zu wenig Kontrast)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="204" />
      <source>Class {name} has no readable training image ({count} files skipped, e.g. {file}: {why}).</source>
      <translation>Die Klasse {name} hat kein lesbares Trainingsbild ({count} Dateien übersprungen, z. B. {file}: {why}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="208" />
      <source>No test image of {folder} could be read.</source>
      <translation>Kein Testbild aus {folder} ließ sich lesen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="240" />
      <source>{file} can't be moved out of the dataset: {error}.</source>
      <translation>{file} lässt sich nicht aus dem Datensatz verschieben: {error}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="261" />
      <source>missing: {names}</source>
      <translation>es fehlen: {names}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="262" />
      <source>not the model's: {names}</source>
      <translation>nicht die des Modells: {names}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="263" />
      <source>The class folders of {folder} are not the model's classes ({model}): {detail}.</source>
      <translation>Die Klassenordner von {folder} sind nicht die Klassen des Modells ({model}): {detail}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="264" />
      <source>another order</source>
      <translation>eine andere Reihenfolge</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="271" />
      <source>{what} '{name}' can't be a folder name: use letters, digits, spaces or symbols such as ✓ and ✗, without / \ : * ? " &lt; &gt; |.</source>
      <translation>{what} '{name}' kann kein Ordnername sein: Nehmen Sie Buchstaben, Ziffern, Leerzeichen oder Zeichen wie ✓ und ✗, ohne / \ : * ? " &lt; &gt; |.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="283" />
      <source>The class</source>
      <translation>Die Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="283" />
      <source>The name</source>
      <translation>Der Name</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/image_folder.py" line="292" />
      <source>The drawing can't be saved in {folder}: {error}. Choose a folder you may write to.</source>
      <translation>Die Zeichnung lässt sich nicht in {folder} speichern: {error}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="62" />
      <source>The {split} images must be {hw}x{hw2}, got shape {tuple}.</source>
      <translation>Die Bilder ({split}) müssen {hw}x{hw2} groß sein, erhalten: Form {tuple}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="65" />
      <source>The {split} set has {count} images and {count2} labels.</source>
      <translation>Der Datensatz ({split}) hat {count} Bilder und {count2} Labels.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="68" />
      <source>The {split} labels must be 0 to {value} for {title}.</source>
      <translation>Die Labels ({split}) müssen für {title} von 0 bis {value} reichen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="120" />
      <source>{dataset} file {file} is truncated: it decompresses to {size} bytes, expected {expected}. {hint}</source>
      <translation>Die {dataset}-Datei {file} ist abgeschnitten: Entpackt hat sie {size} Bytes, erwartet werden {expected}. {hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="122" />
      <source>{dataset} file {file} is too long: it decompresses to {size} bytes, expected {expected}. {hint}</source>
      <translation>Die {dataset}-Datei {file} ist zu lang: Entpackt hat sie {size} Bytes, erwartet werden {expected}. {hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="130" />
      <source>{title} file {origin} has been altered: its MD5 does not match the published one. {hint}</source>
      <translation>Die {title}-Datei {origin} wurde verändert: Ihre MD5-Summe passt nicht zur veröffentlichten. {hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="138" />
      <source>{title} file {origin} has been altered or is another dataset's: its MD5 does not match the published one. {fix_hint}</source>
      <translation>Die {title}-Datei {origin} wurde verändert oder gehört zu einem anderen Datensatz: Ihre MD5-Summe passt nicht zur veröffentlichten. {fix_hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="150" />
      <source>{title} does not ship with cnngui. {fix_hint}</source>
      <translation>{title} wird nicht mit cnngui ausgeliefert. {fix_hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="155" />
      <source>{title} folder {source} does not exist. {fix_hint}</source>
      <translation>Der {title}-Ordner {source} existiert nicht. {fix_hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="164" />
      <source>The cache folder {raw} can't be made ({value}): set CNNGUI_CACHE_DIR to a folder you may write to.</source>
      <translation>Der Cache-Ordner {raw} kann nicht angelegt werden ({value}): Setzen Sie CNNGUI_CACHE_DIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="169" />
      <source>{dataset} file {files} is missing from {folder}. {hint}</source>
      <translation>Die {dataset}-Datei {files} fehlt in {folder}. {hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="170" />
      <source>{dataset} files {files} are missing from {folder}. {hint}</source>
      <translation>Die {dataset}-Dateien {files} fehlen in {folder}. {hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="194" />
      <source>The cache folder {parent} can't be written ({value}): set CNNGUI_CACHE_DIR to a folder you may write to.</source>
      <translation>In den Cache-Ordner {parent} kann nicht geschrieben werden ({value}): Setzen Sie CNNGUI_CACHE_DIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="203" />
      <source>The cache folder {parent} can't be written: {write_error_text}. Free some space or set CNNGUI_CACHE_DIR to another folder.</source>
      <translation>In den Cache-Ordner {parent} kann nicht geschrieben werden: {write_error_text}. Schaffen Sie Platz oder setzen Sie CNNGUI_CACHE_DIR auf einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="212" />
      <source>{title} file {origin} cannot be decompressed ({exc}): it is truncated or corrupt. {fix_hint}</source>
      <translation>Die {title}-Datei {origin} lässt sich nicht entpacken ({exc}): Sie ist abgeschnitten oder beschädigt. {fix_hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="245" />
      <source>{title} files in {root} cannot be read ({exc}). {fix_hint}</source>
      <translation>Die {title}-Dateien in {root} können nicht gelesen werden ({exc}). {fix_hint}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/loading.py" line="275" />
      <source>Downloading {title} into {destination} failed ({exc}). Copy the four files there by hand instead.</source>
      <translation>Das Herunterladen von {title} nach {destination} ist fehlgeschlagen ({exc}). Kopieren Sie die vier Dateien stattdessen von Hand dorthin.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="50" />
      <source>Image {path} is too large ({width}x{height}); use an image under {value} megapixels.</source>
      <translation>Das Bild {path} ist zu groß ({width}x{height}); verwenden Sie ein Bild unter {value} Megapixeln.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="68" />
      <source>Image {path} does not exist.</source>
      <translation>Das Bild {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="72" />
      <source>the picture</source>
      <translation>das Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="74" />
      <source>Image {path} is an empty file.</source>
      <translation>Das Bild {path} ist eine leere Datei.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="76" />
      <source>Image {path} is too large a file ({size} MB); use one under {value} MB.</source>
      <translation>Bild {path} ist eine zu große Datei ({size} MB); verwenden Sie eine unter {value} MB.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="95" />
      <source>Image {path} is far too large to open{size}; use an image under {value} megapixels.</source>
      <translation>Das Bild {path} ist viel zu groß zum Öffnen{size}; verwenden Sie ein Bild unter {value} Megapixeln.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="99" />
      <source>{path} is not an image cnngui can read (PNG, JPEG, BMP, GIF, TIFF or WebP).</source>
      <translation>{path} ist kein Bild, das cnngui lesen kann (PNG, JPEG, BMP, GIF, TIFF oder WebP).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="102" />
      <source>Image {path} is damaged or truncated ({exc}).</source>
      <translation>Das Bild {path} ist beschädigt oder abgeschnitten ({exc}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="122" />
      <source>Images in {mode} colour mode can't be read: save it as PNG or JPEG (RGB or greyscale).</source>
      <translation>Bilder im Farbmodus {mode} können nicht gelesen werden: Speichern Sie es als PNG oder JPEG (RGB oder Graustufen).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="142" />
      <source>An image must be greyscale or colour, got an array of shape {shape}.</source>
      <translation>Ein Bild muss in Graustufen oder Farbe sein, erhalten: ein Array der Form {shape}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="152" />
      <source>The image holds no usable pixel values (they are all NaN or infinite).</source>
      <translation>Das Bild enthält keine brauchbaren Pixelwerte (alle sind NaN oder unendlich).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="204" />
      <source>The image is empty.</source>
      <translation>Das Bild ist leer.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="211" />
      <source>input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="231" />
      <source>cropped</source>
      <translation>zugeschnitten</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="231" />
      <source>scaled to {box} px</source>
      <translation>auf {box} px skaliert</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="232" />
      <source>centred {side}x{side}</source>
      <translation>zentriert {side}x{side}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/data/preprocess.py" line="252" />
      <source>test image, as is</source>
      <translation>Testbild, unverändert</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="64" />
      <source>CPU ({threads} threads)</source>
      <translation>CPU ({threads} Threads)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="69" />
      <source>this PyTorch build has no CUDA support</source>
      <translation>dieses PyTorch-Build unterstützt CUDA nicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="70" />
      <source>no CUDA GPU or driver was found on this machine</source>
      <translation>auf diesem Rechner wurde keine CUDA-GPU und kein Treiber gefunden</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="88" />
      <source>Device 'mps' was asked for, but no Apple GPU is available here. Use --device cpu.</source>
      <translation>Gerät 'mps' wurde verlangt, aber hier gibt es keine Apple-GPU. Verwenden Sie --device cpu.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="94" />
      <source>Device '{name}' was asked for, but {why}. Use --device cpu (or auto).</source>
      <translation>Gerät '{name}' wurde verlangt, aber {why}. Verwenden Sie --device cpu (oder auto).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="99" />
      <source>Device '{name}' is not a valid device name; use cuda or cuda:N.</source>
      <translation>'{name}' ist kein gültiger Gerätename; verwenden Sie cuda oder cuda:N.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="103" />
      <source>Device '{name}' does not exist: this machine has {count} CUDA device(s), cuda:0..cuda:{value}.</source>
      <translation>Gerät '{name}' gibt es nicht: Dieser Rechner hat {count} CUDA-Gerät(e), cuda:0..cuda:{value}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="106" />
      <source>Unknown device '{name}'. Use auto, cpu, cuda, cuda:N or mps.</source>
      <translation>Unbekanntes Gerät '{name}'. Verwenden Sie auto, cpu, cuda, cuda:N oder mps.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/evaluation/predict.py" line="19" />
      <source>bundled model</source>
      <translation>mitgeliefertes Modell</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/evaluation/predict.py" line="54" />
      <source>The bundled model {path} is missing; reinstall cnngui or pass --model FILE.</source>
      <translation>Das mitgelieferte Modell {path} fehlt; installieren Sie cnngui neu oder geben Sie --model DATEI an.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/evaluation/report.py" line="76" />
      <source>No image under {folder} could be read.</source>
      <translation>Kein Bild unter {folder} ließ sich lesen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/attribution.py" line="62" />
      <source>Integrated gradients</source>
      <translation>Integrierte Gradienten</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/attribution.py" line="63" />
      <source>How much each pixel's ink, added from a blank canvas, raised the class score.</source>
      <translation>Wie stark die Tinte jedes Pixels, ausgehend von einer leeren Fläche, den Klassenwert erhöht hat.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/attribution.py" line="64" />
      <source>Occlusion</source>
      <translation>Verdeckung</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/attribution.py" line="65" />
      <source>How much the class score drops when a 4×4 patch around each pixel is erased.</source>
      <translation>Wie stark der Klassenwert fällt, wenn ein 4×4-Feld um jedes Pixel gelöscht wird.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="25" />
      <source>Vertical edge</source>
      <translation>Senkrechte Kante</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="26" />
      <source>Horizontal edge</source>
      <translation>Waagerechte Kante</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="27" />
      <source>Diagonal edge ╲</source>
      <translation>Diagonale Kante ╲</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="28" />
      <source>Diagonal edge ╱</source>
      <translation>Diagonale Kante ╱</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="29" />
      <source>Sobel (vertical edges)</source>
      <translation>Sobel (senkrechte Kanten)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="30" />
      <source>Sobel (horizontal edges)</source>
      <translation>Sobel (waagerechte Kanten)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="31" />
      <source>Blur</source>
      <translation>Weichzeichnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="32" />
      <source>Sharpen</source>
      <translation>Schärfen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="33" />
      <source>Identity</source>
      <translation>Identität</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="114" />
      <source>The lab convolves one 2-D map with one square kernel.</source>
      <translation>Das Labor faltet eine 2-D-Karte mit einem quadratischen Kernel.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="116" />
      <source>Stride must be at least 1 and padding at least 0.</source>
      <translation>Die Schrittweite muss mindestens 1 sein und das Padding mindestens 0.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="124" />
      <source>A {k}×{k} kernel does not fit a {h}×{w} map with padding {padding}.</source>
      <translation>Ein {k}×{k}-Kernel passt nicht auf eine {h}×{w}-Karte mit Padding {padding}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="145" />
      <source>Pooling is max or avg, not {mode!r}.</source>
      <translation>Pooling ist max oder avg, nicht {mode!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/conv_lab.py" line="151" />
      <source>A {k}×{k} pooling window does not fit a {h}×{w} map.</source>
      <translation>Ein {k}×{k}-Pooling-Fenster passt nicht auf eine {h}×{w}-Karte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/edits.py" line="41" />
      <source>{layer} channels {channels} off</source>
      <translation>{layer} Kanäle {channels} aus</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/edits.py" line="41" />
      <source>{layer} channel {channels} off</source>
      <translation>{layer} Kanal {channels} aus</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/inspection/edits.py" line="43" />
      <source>{layer} filter {filter} edited</source>
      <translation>{layer} Filter {filter} bearbeitet</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="57" />
      <source>The weights do not fit the architecture in the file: {splitlines}</source>
      <translation>Die Gewichte passen nicht zur Architektur in der Datei: {splitlines}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="143" />
      <source>Cannot write model file {path}: {write_error_text}. Choose another folder or name.</source>
      <translation>Die Modelldatei {path} kann nicht geschrieben werden: {write_error_text}. Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="175" />
      <source>{path} is a folder, not a model file.</source>
      <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="177" />
      <source>Model file {path} does not exist.</source>
      <translation>Die Modelldatei {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="179" />
      <source>Model file {path} cannot be read: permission denied. Ask for a copy you may read.</source>
      <translation>Die Modelldatei {path} kann nicht gelesen werden: keine Berechtigung. Bitten Sie um eine lesbare Kopie.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="205" />
      <source>Model file {path} cannot be used: {why}. Use a checkpoint saved by cnngui.</source>
      <translation>Die Modelldatei {path} ist nicht verwendbar: {why}. Verwenden Sie einen von cnngui gespeicherten Checkpoint.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="208" />
      <source>Model file {path} is not a cnngui checkpoint (a foreign PyTorch file). Use a checkpoint saved by cnngui.</source>
      <translation>Die Modelldatei {path} ist kein cnngui-Checkpoint (eine fremde PyTorch-Datei). Verwenden Sie einen von cnngui gespeicherten Checkpoint.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="211" />
      <source>Model file {path} was written by a newer cnngui (format {get}); update cnngui to open it.</source>
      <translation>Die Modelldatei {path} stammt von einem neueren cnngui (Format {get}); aktualisieren Sie cnngui, um sie zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="220" />
      <source>Model file {path} has been altered since it was saved: its weights do not match their checksum. Use an intact copy.</source>
      <translation>Die Modelldatei {path} wurde nach dem Speichern verändert: Ihre Gewichte passen nicht zur Prüfsumme. Verwenden Sie eine unversehrte Kopie.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="237" />
      <source>Model file {path} cannot be used: {exc}.</source>
      <translation>Die Modelldatei {path} ist nicht verwendbar: {exc}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="239" />
      <source>Model file {path} cannot be used: {exc}</source>
      <translation>Die Modelldatei {path} ist nicht verwendbar: {exc}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="241" />
      <source>Model file {path} is damaged: a required field is missing or wrong ({exc}).</source>
      <translation>Die Modelldatei {path} ist beschädigt: Ein nötiges Feld fehlt oder ist falsch ({exc}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="287" />
      <source>its weights {name} hold NaN or infinite values, so every answer would be NaN. Use another checkpoint</source>
      <translation>ihre Gewichte {name} enthalten NaN oder unendliche Werte, jede Antwort wäre also NaN. Verwenden Sie einen anderen Checkpoint</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="292" />
      <source>its weights do not fit its architecture (missing {missing}, unexpected {extra})</source>
      <translation>ihre Gewichte passen nicht zu ihrer Architektur (fehlend {missing}, unerwartet {extra})</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/checkpoint.py" line="296" />
      <source>its weights {name} are {tuple}, but its architecture needs {tuple2}</source>
      <translation>ihre Gewichte {name} haben die Form {tuple}, ihre Architektur braucht aber {tuple2}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="68" />
      <source>the weights of layer {layer} are missing from the file.</source>
      <translation>die Gewichte der Schicht {layer} fehlen in der Datei.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="73" />
      <source>{layer}'s {what} are not floating-point numbers.</source>
      <translation>{what} der Schicht {layer} sind keine Gleitkommazahlen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="77" />
      <source>{layer}'s {what} can't be read: the file is truncated or damaged ({error}).</source>
      <translation>{what} der Schicht {layer} lassen sich nicht lesen: Die Datei ist abgeschnitten oder beschädigt ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="99" />
      <source>it is neither a Keras model (.keras, a zip) nor a readable HDF5 file (.h5): {error}.</source>
      <translation>sie ist weder ein Keras-Modell (.keras, ein Zip) noch eine lesbare HDF5-Datei (.h5): {error}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="103" />
      <source>it is an HDF5 file without a Keras model in it (no model_config); save the model with model.save("model.keras") or model.save("model.h5").</source>
      <translation>sie ist eine HDF5-Datei ohne Keras-Modell (kein model_config); speichern Sie das Modell mit model.save("model.keras") oder model.save("model.h5").</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="143" />
      <source>layer {name} does not simply follow the one before it: cnngui opens a straight chain of layers, without branches or several inputs.</source>
      <translation>die Schicht {name} folgt nicht einfach auf die vorige: cnngui öffnet eine gerade Kette von Schichten, ohne Verzweigungen oder mehrere Eingänge.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="147" />
      <source>it holds a {kind} model; cnngui opens Sequential models and straight functional chains.</source>
      <translation>sie enthält ein {kind}-Modell; cnngui öffnet Sequential-Modelle und gerade funktionale Ketten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="157" />
      <source>it does not say its input's shape (build the model, or start it with keras.Input).</source>
      <translation>sie nennt die Form ihrer Eingabe nicht (bauen Sie das Modell, oder beginnen Sie es mit keras.Input).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="160" />
      <source>its input has {channels} channels (a colour image, {shape}); cnngui's datasets are grey 28 × 28 images with one channel.</source>
      <translation>ihre Eingabe hat {channels} Kanäle (ein Farbbild, {shape}); die Datensätze von cnngui sind graue 28 × 28-Bilder mit einem Kanal.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="164" />
      <source>its input is {shape}; cnngui's datasets are 28 × 28 × 1 images (or 784 pixels).</source>
      <translation>ihre Eingabe ist {shape}; die Datensätze von cnngui sind 28 × 28 × 1-Bilder (oder 784 Pixel).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="185" />
      <source>the softmax of {layer} is not at the end; cnngui takes a softmax only as the last step.</source>
      <translation>der Softmax von {layer} steht nicht am Ende; cnngui nimmt einen Softmax nur als letzten Schritt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="197" />
      <source>layer {layer} uses the activation {name}; cnngui has relu, tanh, sigmoid, linear and a softmax at the end.</source>
      <translation>die Schicht {layer} nutzt die Aktivierung {name}; cnngui hat relu, tanh, sigmoid, linear und einen Softmax am Ende.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="216" />
      <source>layer {layer} has a {what} of {value}; cnngui's windows are square.</source>
      <translation>die Schicht {layer} hat {what} {value}; die Fenster von cnngui sind quadratisch.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="223" />
      <source>layer {layer} is channels first; cnngui reads Keras's default, channels last.</source>
      <translation>die Schicht {layer} ist „channels first“; cnngui liest die Voreinstellung von Keras, „channels last“.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="229" />
      <source>kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="230" />
      <source>stride</source>
      <translation>Schrittweite</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="231" />
      <source>dilation</source>
      <translation>Dilatation</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="232" />
      <source>layer {layer} is a dilated or grouped convolution, which cnngui doesn't have.</source>
      <translation>die Schicht {layer} ist eine dilatierte oder gruppierte Faltung, die cnngui nicht hat.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="237" />
      <source>bias</source>
      <translation>Bias</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="247" />
      <source>layer {layer} pools with padding "same"; cnngui pools without padding.</source>
      <translation>die Schicht {layer} poolt mit Padding „same“; cnngui poolt ohne Padding.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="249" />
      <source>pool size</source>
      <translation>Pool-Größe</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="257" />
      <source>layer {layer} is a Dense layer on a map ({shape}); cnngui needs a Flatten before it.</source>
      <translation>die Schicht {layer} ist eine Dense-Schicht auf einer Karte ({shape}); cnngui braucht davor ein Flatten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="261" />
      <source>layer {layer} would have {count} weights, more than cnngui holds.</source>
      <translation>die Schicht {layer} hätte {count} Gewichte, mehr als cnngui fasst.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="280" />
      <source>layer {layer} normalises along axis {axis}; cnngui normalises each channel (axis -1).</source>
      <translation>die Schicht {layer} normalisiert entlang der Achse {axis}; cnngui normalisiert jeden Kanal (Achse -1).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="290" />
      <source>moving mean</source>
      <translation>gleitender Mittelwert</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="291" />
      <source>moving variance</source>
      <translation>gleitende Varianz</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="299" />
      <source>layer {layer} is a capped or leaky ReLU; cnngui's ReLU is the plain one.</source>
      <translation>die Schicht {layer} ist eine begrenzte oder undichte ReLU; die ReLU von cnngui ist die einfache.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="306" />
      <source>layer {layer} rescales in the middle of the network; cnngui takes a Rescaling only as the first layer.</source>
      <translation>die Schicht {layer} skaliert mitten im Netz um; cnngui nimmt ein Rescaling nur als erste Schicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="310" />
      <source>layer {layer} rescales by {scale}.</source>
      <translation>die Schicht {layer} skaliert mit {scale}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="313" />
      <source>{layer} (Rescaling) became the input's normalisation.</source>
      <translation>{layer} (Rescaling) wurde zur Normalisierung der Eingabe.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="336" />
      <source>layer {name} is a {kind}{custom}, which cnngui doesn't have (nothing from the file is run). It opens: {supported}.</source>
      <translation>die Schicht {name} ist ein {kind}{custom}, das cnngui nicht hat (nichts aus der Datei wird ausgeführt). Es öffnet: {supported}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="338" />
      <source> (a custom object)</source>
      <translation> (ein eigenes Objekt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="342" />
      <source>layer {name} ({kind}) has a setting cnngui can't read ({error}).</source>
      <translation>die Schicht {name} ({kind}) hat eine Einstellung, die cnngui nicht lesen kann ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/keras_model.py" line="345" />
      <source>The softmax at the end is left out: cnngui turns the outputs into probabilities itself, so they are not softmaxed twice.</source>
      <translation>Der Softmax am Ende wird weggelassen: cnngui macht aus den Ausgaben selbst Wahrscheinlichkeiten, so werden sie nicht zweimal durch den Softmax geschickt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="50" />
      <source>Model file {path} cannot be used: {why}</source>
      <translation>Die Modelldatei {path} ist nicht verwendbar: {why}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="55" />
      <source>it is larger than {limit} MB, far more than a network cnngui can hold.</source>
      <translation>sie ist größer als {limit} MB, weit mehr als ein Netz, das cnngui fassen kann.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="75" />
      <source>opened from {file} ({source})</source>
      <translation>geöffnet aus {file} ({source})</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="89" />
      <source>{count} classes</source>
      <translation>{count} Klassen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="112" />
      <source>{what} holds a tensor of shape {found}, where the layer needs {wanted}.</source>
      <translation>{what} enthält einen Tensor der Form {found}, wo die Schicht {wanted} braucht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="121" />
      <source>it is a zip file without {name}, so not a Keras model (.keras).</source>
      <translation>sie ist eine Zip-Datei ohne {name}, also kein Keras-Modell (.keras).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="124" />
      <source>its {name} would unpack to {size} MB, more than a model of cnngui's size needs ({limit} MB).</source>
      <translation>ihr {name} würde auf {size} MB entpackt, mehr als ein Modell in der Größe von cnngui braucht ({limit} MB).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="131" />
      <source>its {name} is damaged ({error}).</source>
      <translation>ihr {name} ist beschädigt ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="133" />
      <source>its {name} unpacks to more than it says (a zip bomb?).</source>
      <translation>ihr {name} entpackt sich zu mehr, als es angibt (eine Zip-Bombe?).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/model_import.py" line="141" />
      <source>its {what} is not readable JSON ({error}).</source>
      <translation>ihr {what} ist kein lesbares JSON ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="42" />
      <source>its tensor {name} declares {count} values, more than cnngui holds.</source>
      <translation>ihr Tensor {name} gibt {count} Werte an, mehr als cnngui fasst.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="45" />
      <source>its tensor {name} is kept in another file that could not be read.</source>
      <translation>ihr Tensor {name} liegt in einer anderen Datei, die sich nicht lesen ließ.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="51" />
      <source>its tensor {name} is truncated ({found} bytes of {wanted}).</source>
      <translation>ihr Tensor {name} ist abgeschnitten ({found} von {wanted} Bytes).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="57" />
      <source>its tensor {name} can't be read ({error}).</source>
      <translation>ihr Tensor {name} lässt sich nicht lesen ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="69" />
      <source>it has {count} inputs; cnngui opens models with one input, an image.</source>
      <translation>sie hat {count} Eingänge; cnngui öffnet Modelle mit einem Eingang, einem Bild.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="74" />
      <source>its input has {channels} channels (a colour image); cnngui's datasets are grey 28 × 28 images with one channel.</source>
      <translation>ihre Eingabe hat {channels} Kanäle (ein Farbbild); die Datensätze von cnngui sind graue 28 × 28-Bilder mit einem Kanal.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="77" />
      <source>its input is {shape}; cnngui's datasets are N×1×28×28 images (or N×784 pixels).</source>
      <translation>ihre Eingabe ist {shape}; die Datensätze von cnngui sind N×1×28×28-Bilder (oder N×784 Pixel).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="98" />
      <source>it divides by a constant in the middle of the network; cnngui reads that only as a temperature before the final softmax.</source>
      <translation>sie teilt mitten im Netz durch eine Konstante; cnngui liest das nur als Temperatur vor dem letzten Softmax.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="101" />
      <source>its Softmax ({node}) is not at the end; cnngui takes a softmax only as the last step.</source>
      <translation>ihr Softmax ({node}) steht nicht am Ende; cnngui nimmt einen Softmax nur als letzten Schritt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="114" />
      <source>its {op} node {node} has no constant {what}.</source>
      <translation>ihr {op}-Knoten {node} hat keine Konstante für {what}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="130" />
      <source>its {op} node {node} has a window of {kernel} with strides {strides}; cnngui's windows are square, without dilation.</source>
      <translation>ihr {op}-Knoten {node} hat ein Fenster von {kernel} mit Schrittweiten {strides}; die Fenster von cnngui sind quadratisch, ohne Dilatation.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="139" />
      <source>its Conv node {node} is grouped, which cnngui doesn't have.</source>
      <translation>ihr Conv-Knoten {node} ist gruppiert, was cnngui nicht hat.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="148" />
      <source>its Conv node {node} pads unevenly ({pads}); cnngui pads every side alike.</source>
      <translation>ihr Conv-Knoten {node} polstert ungleich ({pads}); cnngui polstert jede Seite gleich.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="164" />
      <source>its {op} node {node} pads or rounds up; cnngui pools without padding.</source>
      <translation>ihr {op}-Knoten {node} polstert oder rundet auf; cnngui poolt ohne Padding.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="172" />
      <source>its Flatten node {node} keeps {axis} axes; cnngui flattens all but the batch.</source>
      <translation>ihr Flatten-Knoten {node} behält {axis} Achsen; cnngui glättet alles außer dem Batch.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="178" />
      <source>its Reshape node {node} makes {shape}; cnngui reads a Reshape only as a flatten (N × {size}).</source>
      <translation>ihr Reshape-Knoten {node} macht {shape}; cnngui liest ein Reshape nur als Flatten (N × {size}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="186" />
      <source>its {op} node {node} works on a map; cnngui needs a Flatten before a dense layer.</source>
      <translation>ihr {op}-Knoten {node} arbeitet auf einer Karte; cnngui braucht ein Flatten vor einer Dense-Schicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="194" />
      <source>its Gemm node {node} scales or transposes its input; cnngui reads the plain one (a Linear layer).</source>
      <translation>ihr Gemm-Knoten {node} skaliert oder transponiert seine Eingabe; cnngui liest den einfachen (eine Linear-Schicht).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="207" />
      <source>its Add node {node} doesn't follow a MatMul; cnngui reads Add only as a dense layer's bias.</source>
      <translation>ihr Add-Knoten {node} folgt keinem MatMul; cnngui liest Add nur als Bias einer Dense-Schicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="235" />
      <source>its {op} node {node} is not a normalisation of the input; cnngui reads {op} only as the first step.</source>
      <translation>ihr {op}-Knoten {node} ist keine Normalisierung der Eingabe; cnngui liest {op} nur als ersten Schritt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="248" />
      <source>its Softmax node {node} is not over the classes.</source>
      <translation>ihr Softmax-Knoten {node} läuft nicht über die Klassen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="278" />
      <source>it is not an ONNX model, or it is truncated ({error}).</source>
      <translation>sie ist kein ONNX-Modell, oder sie ist abgeschnitten ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="281" />
      <source>it is not an ONNX model, or an empty one.</source>
      <translation>sie ist kein ONNX-Modell, oder ein leeres.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="300" />
      <source>its tensor {name} points outside the model's folder ({location}).</source>
      <translation>ihr Tensor {name} verweist aus dem Ordner des Modells hinaus ({location}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="306" />
      <source>its weights are in {file}, which is not beside it: keep the two files together, or export with external_data=False.</source>
      <translation>ihre Gewichte liegen in {file}, das nicht daneben liegt: Halten Sie beide Dateien zusammen, oder exportieren Sie mit external_data=False.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="309" />
      <source>its weights file {file} is larger than a network cnngui can hold.</source>
      <translation>ihre Gewichtsdatei {file} ist größer als ein Netz, das cnngui fassen kann.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="315" />
      <source>its weights file can't be read ({error}).</source>
      <translation>ihre Gewichtsdatei lässt sich nicht lesen ({error}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="341" />
      <source>its {op} node {node} reads {inputs}, not just the output of the node before it: the graph branches; cnngui opens a straight chain of layers.</source>
      <translation>ihr {op}-Knoten {node} liest {inputs}, nicht nur die Ausgabe des Knotens davor: Der Graph verzweigt sich; cnngui öffnet eine gerade Kette von Schichten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="345" />
      <source>the tensor {name} is used twice: the graph branches.</source>
      <translation>der Tensor {name} wird zweimal verwendet: Der Graph verzweigt sich.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="349" />
      <source>its node {node} is a {op}, which cnngui doesn't read. It reads: {supported}.</source>
      <translation>ihr Knoten {node} ist ein {op}, das cnngui nicht liest. Es liest: {supported}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="354" />
      <source>its outputs ({names}) are not the end of its chain of layers.</source>
      <translation>ihre Ausgaben ({names}) sind nicht das Ende ihrer Kette von Schichten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="363" />
      <source>Its temperature ({value}) is left out; cnngui calibrates the model again on its test set.</source>
      <translation>Ihre Temperatur ({value}) wird weggelassen; cnngui kalibriert das Modell auf seinem Testsatz neu.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/model_files/onnx_model.py" line="473" />
      <source>Cannot write {path}: {error}. Choose another folder or name.</source>
      <translation>{path} lässt sich nicht schreiben: {error}. Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="63" />
      <source>Seed CNN</source>
      <translation>Ausgangs-CNN</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="63" />
      <source>The classic MNIST CNN: two conv layers, each followed by max pooling.</source>
      <translation>Das klassische MNIST-CNN: zwei Faltungsschichten, jeweils gefolgt von Max-Pooling.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="65" />
      <source>Dense network (FFNN)</source>
      <translation>Vollverbundenes Netz (FFNN)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="65" />
      <source>No convolutions: every unit sees every pixel, so it needs far more weights and loses which pixels are neighbours.</source>
      <translation>Keine Faltungen: Jede Einheit sieht jedes Pixel, braucht daher viel mehr Gewichte und verliert, welche Pixel benachbart sind.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="67" />
      <source>Deeper CNN</source>
      <translation>Tieferes CNN</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="67" />
      <source>Four conv layers in two blocks: the fields grow from 3×3 to 14×14, building edges → strokes → parts → whole shapes.</source>
      <translation>Vier Faltungsschichten in zwei Blöcken: Die Felder wachsen von 3×3 auf 14×14 und bauen Kanten → Striche → Teile → ganze Formen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="75" />
      <source>LeNet-5 style</source>
      <translation>Im Stil von LeNet-5</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="75" />
      <source>LeCun's 1998 design: 5×5 kernels, average pooling and tanh.</source>
      <translation>LeCuns Entwurf von 1998: 5×5-Kernel, Average-Pooling und tanh.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="80" />
      <source>All-convolutional</source>
      <translation>Nur Faltungen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="80" />
      <source>No pooling: convolutions with stride 2 shrink the map instead.</source>
      <translation>Kein Pooling: Stattdessen verkleinern Faltungen mit Schrittweite 2 die Karte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="110" />
      <source>The architecture is empty or not a list of layers.</source>
      <translation>Die Architektur ist leer oder keine Liste von Schichten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="114" />
      <source>This network can't work: {problem}</source>
      <translation>Dieses Netz kann nicht funktionieren: {problem}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="221" />
      <source>&lt;b&gt;{params}&lt;/b&gt; parameters. This network has no convolutions: every dense unit has a weight for every input, and nothing tells it which pixels are neighbours.</source>
      <translation>&lt;b&gt;{params}&lt;/b&gt; Parameter. Dieses Netz hat keine Faltungen: Jede Dense-Einheit hat ein Gewicht für jede Eingabe, und nichts sagt ihm, welche Pixel Nachbarn sind.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="225" />
      <source>{ratio}× as many</source>
      <translation>{ratio}-mal so viele</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="226" />
      <source>{ratio}× fewer</source>
      <translation>{ratio}-mal weniger</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="227" />
      <source>&lt;b&gt;{params}&lt;/b&gt; parameters in this network.&lt;br&gt;A dense network on the same {inputs} inputs ({sizes}) needs &lt;b&gt;{dense}&lt;/b&gt;, {ratio}: each dense unit has a weight for every pixel, while a conv filter's {k}×{k} weights are shared across every position, so the CNN learns local patterns once and finds them anywhere.</source>
      <translation>&lt;b&gt;{params}&lt;/b&gt; Parameter in diesem Netz.&lt;br&gt;Ein vollverbundenes Netz auf denselben {inputs} Eingaben ({sizes}) braucht &lt;b&gt;{dense}&lt;/b&gt;, {ratio}: Jede Dense-Einheit hat ein Gewicht für jedes Pixel, während die {k}×{k} Gewichte eines Faltungsfilters an jeder Position geteilt werden. So lernt das CNN lokale Muster einmal und findet sie überall.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="240" />
      <source>An architecture file must hold a list of layers, or {"layers": [...]}.</source>
      <translation>Eine Architekturdatei muss eine Liste von Schichten enthalten oder {"layers": [...]}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="251" />
      <source>Architecture file {path} does not exist.</source>
      <translation>Die Architekturdatei {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="253" />
      <source>{path} is a folder, not an architecture file.</source>
      <translation>{path} ist ein Ordner, keine Architekturdatei.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="255" />
      <source>Architecture file {path} cannot be read: {exc}.</source>
      <translation>Die Architekturdatei {path} kann nicht gelesen werden: {exc}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="260" />
      <source>Architecture file {path} is not valid JSON (line {lineno}: {msg}).</source>
      <translation>Die Architekturdatei {path} ist kein gültiges JSON (Zeile {lineno}: {msg}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="275" />
      <source>Cannot write {path}: {write_error_text}.</source>
      <translation>{path} kann nicht geschrieben werden: {write_error_text}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/architecture.py" line="286" />
      <source>The network has no dense layer to give one output per class.</source>
      <translation>Das Netz hat keine dichte Schicht, die je Klasse eine Ausgabe geben könnte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/diagram.py" line="162" />
      <source>a unit is LAYER:Y:X with whole numbers, such as conv2:5:5</source>
      <translation>eine Einheit ist SCHICHT:Y:X mit ganzen Zahlen, etwa conv2:5:5</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="44" />
      <source>{label} must be a whole number or "same", not {value}</source>
      <translation>{label} muss eine ganze Zahl oder "same" sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="45" />
      <source>{label} must be a whole number, not {value}</source>
      <translation>{label} muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="48" />
      <source>{label} must be a number, not {value}</source>
      <translation>{label} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="50" />
      <source>{label} must be from {low} to {high}, not {value}</source>
      <translation>{label} muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="111" />
      <source>a {kind} layer has no setting {setting}</source>
      <translation>eine Schicht vom Typ {kind} hat keine Einstellung {setting}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="147" />
      <source>padding "same" keeps the map's size, so it needs stride 1</source>
      <translation>Padding "same" behält die Größe der Karte bei und braucht daher Schrittweite 1</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="159" />
      <source>kernel size</source>
      <translation>Kernelgröße</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="159" />
      <source>the side of the square window, in pixels</source>
      <translation>die Seitenlänge des quadratischen Fensters in Pixeln</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="160" />
      <source>the side of the square window it summarises</source>
      <translation>die Seitenlänge des quadratischen Fensters, das zusammengefasst wird</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="161" />
      <source>how far the window moves (default: its size)</source>
      <translation>wie weit das Fenster weiterrückt (Standard: seine Größe)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="162" />
      <source>= pool size</source>
      <translation>= Pool-Größe</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="166" />
      <source>Convolution</source>
      <translation>Faltung</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="167" />
      <source>Slides small learned kernels over the map; each output channel is one pattern detector.</source>
      <translation>Schiebt kleine gelernte Kernel über die Karte; jeder Ausgabekanal ist ein Musterdetektor.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="168" />
      <source>filters</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="168" />
      <source>how many output channels (pattern detectors)</source>
      <translation>wie viele Ausgabekanäle (Musterdetektoren)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="170" />
      <source>how far the kernel moves each step</source>
      <translation>wie weit der Kernel pro Schritt weiterrückt</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="171" />
      <source>padding</source>
      <translation>Padding</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="172" />
      <source>zeros added around the map ("same" keeps its size)</source>
      <translation>Nullen rund um die Karte ("same" behält ihre Größe bei)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="177" />
      <source>Max pooling</source>
      <translation>Max-Pooling</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="178" />
      <source>Keeps the strongest response in each window, shrinking the map.</source>
      <translation>Behält die stärkste Antwort in jedem Fenster und verkleinert so die Karte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="182" />
      <source>Average pooling</source>
      <translation>Average-Pooling</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="183" />
      <source>Averages each window, shrinking the map (as LeNet-5 did).</source>
      <translation>Mittelt jedes Fenster und verkleinert so die Karte (wie LeNet-5).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="186" />
      <source>ReLU</source>
      <translation>ReLU</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="186" />
      <source>Keeps positive values and turns negative ones into 0.</source>
      <translation>Behält positive Werte und macht negative zu 0.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="188" />
      <source>Tanh</source>
      <translation>Tanh</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="188" />
      <source>Squashes every value into -1 … 1.</source>
      <translation>Staucht jeden Wert in den Bereich -1 … 1.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="190" />
      <source>Sigmoid</source>
      <translation>Sigmoid</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="190" />
      <source>Squashes every value into 0 … 1.</source>
      <translation>Staucht jeden Wert in den Bereich 0 … 1.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="193" />
      <source>Batch normalisation</source>
      <translation>Batch-Normalisierung</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="194" />
      <source>Rescales each channel to a steady range, which makes training faster and steadier.</source>
      <translation>Skaliert jeden Kanal auf einen gleichmäßigen Bereich; das macht das Training schneller und stabiler.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="197" />
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="198" />
      <source>While training, switches off a random share of values so the network can't rely on any one.</source>
      <translation>Schaltet beim Training einen zufälligen Anteil der Werte ab, damit sich das Netz auf keinen einzelnen verlassen kann.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="199" />
      <source>drop rate</source>
      <translation>Abschaltrate</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="199" />
      <source>the share of values switched off</source>
      <translation>der Anteil abgeschalteter Werte</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="201" />
      <source>Flatten</source>
      <translation>Flatten</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="202" />
      <source>Unrolls the map into one long list of numbers for the dense layers.</source>
      <translation>Rollt die Karte zu einer langen Zahlenliste für die Dense-Schichten aus.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="205" />
      <source>Dense</source>
      <translation>Dense</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="206" />
      <source>Connects every input to every output unit, each with its own weight.</source>
      <translation>Verbindet jede Eingabe mit jeder Ausgabeeinheit, jeweils mit eigenem Gewicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="207" />
      <source>units</source>
      <translation>Einheiten</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="207" />
      <source>how many output units</source>
      <translation>wie viele Ausgabeeinheiten</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="243" />
      <source>a {kind} layer needs an image-like map, but it gets a flat list of {count} numbers: move it above the flatten layer</source>
      <translation>eine Schicht vom Typ {kind} braucht eine bildartige Karte, bekommt aber eine flache Liste aus {count} Zahlen: Schieben Sie sie über die Flatten-Schicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="246" />
      <source>a dense layer needs a flat list of numbers, but it gets a {shape} map: add a flatten layer before it</source>
      <translation>eine Dense-Schicht braucht eine flache Zahlenliste, bekommt aber eine {shape}-Karte: Fügen Sie davor eine Flatten-Schicht ein</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="258" />
      <source>its {k}×{k} kernel is larger than its {h}×{w} input{padded}: the map would shrink to nothing. Use a smaller kernel or remove a pooling layer above</source>
      <translation>ihr {k}×{k}-Kernel ist größer als ihre {h}×{w}-Eingabe{padded}: Die Karte würde auf nichts schrumpfen. Verwenden Sie einen kleineren Kernel oder entfernen Sie eine Pooling-Schicht darüber</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="260" />
      <source>its {k}×{k} pooling window is larger than its {h}×{w} input{padded}: the map would shrink to nothing. Use a smaller kernel or remove a pooling layer above</source>
      <translation>ihr {k}×{k}-Pooling-Fenster ist größer als ihre {h}×{w}-Eingabe{padded}: Die Karte würde auf nichts schrumpfen. Verwenden Sie einen kleineren Kernel oder entfernen Sie eine Pooling-Schicht darüber</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="262" />
      <source> (with padding {size})</source>
      <translation> (mit Padding {size})</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/network/layers.py" line="382" />
      <source>{name} (layer {number}): {problem}.</source>
      <translation>{name} (Schicht {number}): {problem}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/answers.py" line="89" />
      <source>too big</source>
      <translation>zu groß</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/answers.py" line="92" />
      <source>not an answers file</source>
      <translation>keine Antwortdatei</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/answers.py" line="99" />
      <source>Your earlier answers to this lesson could not be read ({reason}); they are kept as {name} and new ones start afresh.</source>
      <translation>Ihre früheren Antworten zu dieser Lektion konnten nicht gelesen werden ({reason}); sie bleiben als {name} erhalten, und neue beginnen von vorn.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/answers.py" line="128" />
      <source>an opinion: every answer counts</source>
      <translation>eine Meinung: jede Antwort zählt</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/experiments.py" line="102" />
      <source>Training the {network}…</source>
      <translation>Trainiere: {network}…</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/experiments.py" line="114" />
      <source>Moving and turning the test images for the {network}…</source>
      <translation>Testbilder werden für {network} verschoben und gedreht…</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/experiments.py" line="145" />
      <source>Moving and turning the test images for the {network} of run “{run}”…</source>
      <translation>Testbilder werden für {network} aus dem Lauf „{run}“ verschoben und gedreht…</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/experiments.py" line="150" />
      <source>{network} (run {run})</source>
      <translation>{network} (Lauf {run})</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/experiments.py" line="186" />
      <source>Timing {device}…</source>
      <translation>Messe {device}…</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="203" />
      <source>{name}, line {number}: the picture {picture} is not there (looked for {file}).</source>
      <translation>{name}, Zeile {number}: Das Bild {picture} fehlt (gesucht: {file}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="230" />
      <source>{name}, line {number}: {exc}.</source>
      <translation>{name}, Zeile {number}: {exc}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="234" />
      <source>{name}, line {number}: '{key}' is not a step setting; a step may set {join} (or leave a blank line before its text).</source>
      <translation>{name}, Zeile {number}: '{key}' ist keine Schritteinstellung; ein Schritt kann {join} festlegen (oder lassen Sie vor seinem Text eine Leerzeile).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="239" />
      <source>{name}, line {number}: '{key}' is set twice in this step.</source>
      <translation>{name}, Zeile {number}: '{key}' wird in diesem Schritt zweimal gesetzt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="244" />
      <source>{name}, line {number}: {key}: {exc}.</source>
      <translation>{name}, Zeile {number}: {key}: {exc}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="273" />
      <source>{name}, line {number}: a step needs a title after '## '.</source>
      <translation>{name}, Zeile {number}: Ein Schritt braucht nach '## ' einen Titel.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="284" />
      <source>{name}, line {number}: a lesson starts with its title, a line like '# Why CNNs for images'.</source>
      <translation>{name}, Zeile {number}: Eine Lektion beginnt mit ihrem Titel, einer Zeile wie '# Warum CNNs für Bilder'.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="297" />
      <source>{name}, line 1: a lesson starts with its title, a line like '# Why CNNs for images'.</source>
      <translation>{name}, Zeile 1: Eine Lektion beginnt mit ihrem Titel, einer Zeile wie '# Warum CNNs für Bilder'.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="300" />
      <source>{name}: the lesson has no steps; each starts with a line like '## First step'.</source>
      <translation>{name}: Die Lektion hat keine Schritte; jeder beginnt mit einer Zeile wie '## Erster Schritt'.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="309" />
      <source>{name} is {size} bytes: too big for a lesson (at most {limit}). Is it the right file?</source>
      <translation>{name} ist {size} Bytes groß: zu groß für eine Lektion (höchstens {limit}). Ist es die richtige Datei?</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="314" />
      <source>The lesson {path} does not exist.</source>
      <translation>Die Lektion {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="317" />
      <source>{name}, line {line}: not text (UTF-8). A lesson is a Markdown file written in a text editor.</source>
      <translation>{name}, Zeile {line}: kein Text (UTF-8). Eine Lektion ist eine Markdown-Datei, geschrieben in einem Texteditor.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="320" />
      <source>The lesson {path} cannot be read: {value}.</source>
      <translation>Die Lektion {path} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="332" />
      <source>{where}: there is no tab '{name}'; the tabs are {join}.</source>
      <translation>{where}: Es gibt keinen Reiter '{name}'; die Reiter sind {join}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="336" />
      <source>{where}: the tab '{tab}' is not among this step's tabs ({join}).</source>
      <translation>{where}: Der Reiter '{tab}' gehört nicht zu den Reitern dieses Schritts ({join}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="377" />
      <source>{other} has {count} steps, {name} {original}</source>
      <translation>{other} hat {count} Schritte, {name} {original}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="380" />
      <source>{name}, line {line}</source>
      <translation>{name}, Zeile {line}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="382" />
      <source>{where}: step {number} sets other things than in {name}</source>
      <translation>{where}: Schritt {number} stellt anderes ein als in {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="386" />
      <source>{where}: step {number} asks in one language only</source>
      <translation>{where}: Schritt {number} fragt nur in einer Sprache</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/lessons.py" line="389" />
      <source>{where}: step {number}'s question has other choices or answers than in {name}</source>
      <translation>{where}: Die Frage von Schritt {number} hat andere Auswahlen oder Antworten als in {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="104" />
      <source>{key}: {value!r} is not a number (write it like 48.9)</source>
      <translation>{key}: {value!r} ist keine Zahl (schreiben Sie sie wie 48.9)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="110" />
      <source>{key}: give the text after the colon</source>
      <translation>{key}: Geben Sie den Text nach dem Doppelpunkt an</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="112" />
      <source>{key}: {count} characters; at most {limit} fit the lesson panel</source>
      <translation>{key}: {count} Zeichen; höchstens {limit} passen in die Lektionsleiste</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="121" />
      <source>ask: a step asks one question (split it into two steps)</source>
      <translation>ask: Ein Schritt stellt eine Frage (teilen Sie ihn in zwei Schritte)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="124" />
      <source>{key}: comes after the step's 'ask:' line</source>
      <translation>{key}: gehört hinter die Zeile 'ask:' des Schritts</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="127" />
      <source>{key}: at most {limit} choices (one number key each)</source>
      <translation>{key}: höchstens {limit} Auswahlen (je eine Zifferntaste)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="132" />
      <source>answer: given twice</source>
      <translation>answer: zweimal angegeben</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="137" />
      <source>tolerance: {value} is below 0</source>
      <translation>tolerance: {value} ist kleiner als 0</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="145" />
      <source>ask: both choices and a number answer; a question is one kind (remove one)</source>
      <translation>ask: Auswahlen und eine Zahl als Antwort; eine Frage ist von einer Art (entfernen Sie eines)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="147" />
      <source>tolerance: only for a number question (with 'answer:')</source>
      <translation>tolerance: nur für eine Zahlenfrage (mit 'answer:')</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="149" />
      <source>ask: the question needs at least two 'choice:' lines, or an 'answer:' number</source>
      <translation>ask: Die Frage braucht mindestens zwei Zeilen 'choice:' oder eine Zahl mit 'answer:'</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="152" />
      <source>right</source>
      <translation>richtig</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="152" />
      <source>not quite</source>
      <translation>nicht ganz</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/questions.py" line="152" />
      <source>noted</source>
      <translation>notiert</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="26" />
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="26" />
      <source>First prediction</source>
      <translation>Erste Vorhersage</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="26" />
      <source>The answer</source>
      <translation>Die Antwort</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="26" />
      <source>Latest attempt</source>
      <translation>Letzter Versuch</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="26" />
      <source>Attempts</source>
      <translation>Versuche</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="27" />
      <source>Run</source>
      <translation>Lauf</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="27" />
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="27" />
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="27" />
      <source>Best test accuracy</source>
      <translation>Beste Testgenauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="27" />
      <source>Training time</source>
      <translation>Trainingszeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="28" />
      <source>Started</source>
      <translation>Begonnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="54" />
      <source>an opinion</source>
      <translation>eine Meinung</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="74" />
      <source>{right} of {count} first predictions right</source>
      <translation>{right} von {count} ersten Vorhersagen richtig</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="75" />
      <source>Lesson</source>
      <translation>Lektion</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="81" />
      <source>Runs</source>
      <translation>Läufe</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="81" />
      <source>No trainings kept.</source>
      <translation>Keine Trainings gespeichert.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="97" />
      <source>cnngui report: {student}</source>
      <translation>cnngui-Bericht: {student}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="99" />
      <source>Lessons</source>
      <translation>Lektionen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="99" />
      <source>No lesson questions answered yet.</source>
      <translation>Noch keine Fragen aus Lektionen beantwortet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/teaching/report.py" line="100" />
      <source>Made {when}.</source>
      <translation>Erstellt {when}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/continuing.py" line="38" />
      <source>This checkpoint has already trained {done} epochs; continue to more than {done}.</source>
      <translation>Dieser Checkpoint hat schon {done} Epochen trainiert; setzen Sie die Epochen auf mehr als {done}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/continuing.py" line="91" />
      <source>Not kept in the runs list: {error}</source>
      <translation>Nicht in die Liste der Läufe aufgenommen: {error}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/loop.py" line="300" />
      <source>The checkpoint's weights do not fit this network: continue it with the architecture it was trained with.</source>
      <translation>Die Gewichte des Checkpoints passen nicht zu diesem Netz: Setzen Sie ihn mit der Architektur fort, mit der er trainiert wurde.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="70" />
      <source>Epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="71" />
      <source>Batch size</source>
      <translation>Batchgröße</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="72" />
      <source>Learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="73" />
      <source>Optimizer</source>
      <translation>Optimierer</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="74" />
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="75" />
      <source>Label smoothing</source>
      <translation>Label-Glättung</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="76" />
      <source>Augment (slant, size, stroke width)</source>
      <translation>Augmentieren (Neigung, Größe, Strichbreite)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="104" />
      <source>epochs must be a whole number from 1 to {maximum}, got {epochs}.</source>
      <translation>Die Epochen müssen eine ganze Zahl von 1 bis {maximum} sein, erhalten: {epochs}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="107" />
      <source>batch size must be a whole number from 1 to {maximum}, got {batch_size}.</source>
      <translation>Die Batchgröße muss eine ganze Zahl von 1 bis {maximum} sein, erhalten: {batch_size}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="110" />
      <source>learning rate must be a number above 0 and at most 10, got {lr}.</source>
      <translation>Die Lernrate muss eine Zahl über 0 und höchstens 10 sein, erhalten: {lr}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="112" />
      <source>optimizer must be one of {join}, got {optimizer!r}.</source>
      <translation>Der Optimierer muss einer von {join} sein, erhalten: {optimizer!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="115" />
      <source>schedule must be one of {join}, got {schedule!r}.</source>
      <translation>Der Zeitplan muss einer von {join} sein, erhalten: {schedule!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="118" />
      <source>weight decay must be from 0 to below 1, got {weight_decay}.</source>
      <translation>Der Weight Decay muss von 0 bis unter 1 liegen, erhalten: {weight_decay}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="121" />
      <source>label smoothing must be from 0 to below 1, got {label_smoothing}.</source>
      <translation>Label Smoothing muss von 0 bis unter 1 liegen, erhalten: {label_smoothing}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="124" />
      <source>Adam's beta2 must be above 0 and below 1, got {adam_beta2}.</source>
      <translation>Adams beta2 muss über 0 und unter 1 liegen, erhalten: {adam_beta2}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="127" />
      <source>speed probe must be one of {join}, got {value!r}.</source>
      <translation>Die Tempomessung muss eine von {join} sein, erhalten: {value!r}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="130" />
      <source>seed must be a non-negative whole number, got {seed}.</source>
      <translation>Der Seed muss eine nicht negative ganze Zahl sein, erhalten: {seed}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="145" />
      <source>Seed notebook (Adam, batch 32)</source>
      <translation>Ausgangs-Notebook (Adam, Batch 32)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="146" />
      <source>Fast default (99% in one epoch)</source>
      <translation>Schnell (99 % in einer Epoche)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="147" />
      <source>Bundled model (augmented)</source>
      <translation>Mitgeliefertes Modell (augmentiert)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="153" />
      <source>Unknown preset {name!r}; choose one of {join}.</source>
      <translation>Unbekannte Voreinstellung {name!r}; wählen Sie eine von {join}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="168" />
      <source>For {images} training images: {epochs} epochs of batch {batch} ({steps} steps){augment}, Adam lr {lr}, one-cycle.</source>
      <translation>Für {images} Trainingsbilder: {epochs} Epochen mit Batch {batch} ({steps} Schritte){augment}, Adam lr {lr}, One-Cycle.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/recipes.py" line="170" />
      <source>, augmented</source>
      <translation>, augmentiert</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="87" />
      <source>written by another version of cnngui</source>
      <translation>von einer anderen cnngui-Version geschrieben</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="92" />
      <source>fields missing or unknown ({exc})</source>
      <translation>Felder fehlen oder sind unbekannt ({exc})</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="161" />
      <source>no run.json (a run that never started, or not a run)</source>
      <translation>keine run.json (ein nie gestarteter Lauf oder gar kein Lauf)</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="163" />
      <source>run.json is unreadable ({error})</source>
      <translation>run.json ist unlesbar ({error})</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="191" />
      <source>The snapshot {file} of run {name!r} is missing.</source>
      <translation>Die Momentaufnahme {file} des Laufs {name!r} fehlt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="194" />
      <source>The snapshot {file} of run {name!r} is unreadable.</source>
      <translation>Die Momentaufnahme {file} des Laufs {name!r} ist unlesbar.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/runs.py" line="197" />
      <source>The snapshot {file} of run {name!r} holds no weights.</source>
      <translation>Die Momentaufnahme {file} des Laufs {name!r} enthält keine Gewichte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="80" />
      <source>Speed: {setting} ({source}).</source>
      <translation>Tempo: {setting} ({source}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="82" />
      <source>Speed: {setting}, {rate} images/s, {times}× plain fp32: the fastest of {count} ways ({source}).</source>
      <translation>Tempo: {setting}, {rate} Bilder/s, {times}× einfaches fp32: die schnellste von {count} Varianten ({source}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="87" />
      <source>Not remembered: the machine was busy ({why}); the next training measures again.</source>
      <translation>Nicht gespeichert: Der Rechner war ausgelastet ({why}); das nächste Training misst neu.</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="307" />
      <source>other programs used {share} of the CPU</source>
      <translation>andere Programme nutzten {share} der CPU</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="310" />
      <source>plain fp32 at {now} images/s, {before} before</source>
      <translation>einfaches fp32 mit {now} Bildern/s, zuvor {before}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="359" />
      <source>the epoch ran at {rate} images/s, the cached figure says {own}</source>
      <translation>die Epoche lief mit {rate} Bildern/s, der gespeicherte Wert sagt {own}</translation>
    </message>
    <message>
      <location filename="../../cnngui/core/training/speed.py" line="365" />
      <source>the epoch ran at {rate} images/s, {name} was cached at {other}</source>
      <translation>die Epoche lief mit {rate} Bildern/s, {name} war mit {other} gespeichert</translation>
    </message>
    <message>
      <location filename="../../cnngui/state/models.py" line="24" />
      <source>no model</source>
      <translation>kein Modell</translation>
    </message>
    <message>
      <location filename="../../cnngui/state/models.py" line="48" />
      <source>{model}, edited ({edits})</source>
      <translation>{model}, bearbeitet ({edits})</translation>
    </message>
    <message>
      <location filename="../../cnngui/state/models.py" line="62" />
      <source>custom network</source>
      <translation>eigenes Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/state/models.py" line="70" />
      <source>The network has no layers.</source>
      <translation>Das Netz hat keine Schichten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="44" />
      <source>{network} (edited)</source>
      <translation>{network} (bearbeitet)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="184" />
      <source>The current model was trained on {dataset}, whose files cnngui does not have: choose {dataset} and its folder under Data in the Train tab.</source>
      <translation>Das aktuelle Modell wurde mit {dataset} trainiert, dessen Dateien cnngui nicht hat: Wählen Sie {dataset} und seinen Ordner unter Daten im Reiter Trainieren.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="186" />
      <source>This model was trained on {dataset}, whose files cnngui does not have: choose {dataset} and its folder under Data in the Train tab.</source>
      <translation>Dieses Modell wurde mit {dataset} trainiert, dessen Dateien cnngui nicht hat: Wählen Sie {dataset} und seinen Ordner unter Daten im Reiter Trainieren.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="200" />
      <source>No test images</source>
      <translation>Keine Testbilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="210" />
      <source>Loading the {dataset} test set…</source>
      <translation>Die {dataset}-Testbilder werden geladen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="218" />
      <source>{dataset} unavailable</source>
      <translation>{dataset} nicht verfügbar</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="224" />
      <source>{dataset} test image #{index}</source>
      <translation>{dataset}-Testbild Nr. {index}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="247" />
      <source>Cannot evaluate</source>
      <translation>Auswertung nicht möglich</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="58" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="59" />
      <source>cnngui hit an unexpected problem: {problem}</source>
      <translation>cnngui ist auf ein unerwartetes Problem gestoßen: {problem}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="61" />
      <source>The app keeps running, and your model, drawing and network are kept.</source>
      <translation>Die App läuft weiter; Ihr Modell, Ihre Zeichnung und Ihr Netz bleiben erhalten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="62" />
      <source>The details are in {file}.</source>
      <translation>Die Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="66" />
      <source>Copy details</source>
      <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="30" />
      <source>(fixed by the lesson in this step)</source>
      <translation>(in diesem Schritt von der Lektion festgelegt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="61" />
      <source>‹ Back</source>
      <translation>‹ Zurück</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="62" />
      <source>Next ›</source>
      <translation>Weiter ›</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="63" />
      <source>Restart</source>
      <translation>Von vorn</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="88" />
      <source>Step {value} of {count}: {title}</source>
      <translation>Schritt {value} von {count}: {title}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="116" />
      <source>*Predict first: the lesson shows what happens, and why, once you have committed your answer above.*</source>
      <translation>*Erst vorhersagen: Die Lektion zeigt, was geschieht und warum, sobald Sie Ihre Antwort oben festgelegt haben.*</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="144" />
      <source>Not sent to the class: {error}</source>
      <translation>Nicht an die Klasse gesendet: {error}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="195" />
      <source>your drawing</source>
      <translation>Ihre Zeichnung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="262" />
      <source>This step could not be carried out</source>
      <translation>Dieser Schritt konnte nicht ausgeführt werden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="263" />
      <source>{where}: {key}: {reason}</source>
      <translation>{where}: {key}: {reason}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="302" />
      <source>'{old}' is now called '{new}'</source>
      <translation>'{old}' heißt jetzt '{new}'</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="305" />
      <source>{where}: there is no part '{name}' to hide; the parts are {join}.</source>
      <translation>{where}: Es gibt keinen Teil '{name}' zum Ausblenden; die Teile sind {join}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="324" />
      <source>This lesson can't be opened</source>
      <translation>Diese Lektion lässt sich nicht öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="335" />
      <source>Lesson: {title}</source>
      <translation>Lektion: {title}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="51" />
      <source>your prediction, a number</source>
      <translation>Ihre Vorhersage, eine Zahl</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="54" />
      <source>Commit my prediction</source>
      <translation>Vorhersage festlegen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="55" />
      <source>Enter. The lesson shows what happens once you have predicted it.</source>
      <translation>Eingabetaste. Die Lektion zeigt, was geschieht, sobald Sie es vorhergesagt haben.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="60" />
      <source>Try again</source>
      <translation>Noch einmal</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="61" />
      <source>A new attempt; the first one stays kept</source>
      <translation>Ein neuer Versuch; der erste bleibt erhalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="91" />
      <source>Predict first: press 1–{count} to choose, Enter to commit.</source>
      <translation>Erst vorhersagen: 1–{count} zum Wählen, Eingabetaste zum Festlegen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="92" />
      <source>Predict first: type a number, Enter to commit.</source>
      <translation>Erst vorhersagen: eine Zahl eingeben, Eingabetaste zum Festlegen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="170" />
      <source>Your answer: {answer} ({verdict}: an opinion, every answer counts).</source>
      <translation>Ihre Antwort: {answer} ({verdict}: eine Meinung, jede Antwort zählt).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="172" />
      <source>Your prediction: {answer} ({verdict}).</source>
      <translation>Ihre Vorhersage: {answer} ({verdict}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_question.py" line="174" />
      <source>Your prediction: {answer}. The answer: {right} ({verdict}).</source>
      <translation>Ihre Vorhersage: {answer}. Die Antwort: {right} ({verdict}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="19" />
      <source>Tabs</source>
      <translation>Reiter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="19" />
      <source>Network, Train, Evaluate, Draw, Explore and Convolution</source>
      <translation>Netz, Trainieren, Auswerten, Zeichnen, Erkunden und Faltung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="20" />
      <source>Class address</source>
      <translation>Adresse der Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="20" />
      <source>The address the teacher gave, like http://192.168.1.10:5000</source>
      <translation>Die Adresse von der Lehrkraft, etwa http://192.168.1.10:5000</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="21" />
      <source>Your name</source>
      <translation>Dein Name</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="21" />
      <source>Your name as on the teacher's list</source>
      <translation>Dein Name wie auf der Liste der Lehrkraft</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="22" />
      <source>Join code</source>
      <translation>Beitrittscode</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="22" />
      <source>The join code the teacher gave you</source>
      <translation>Der Beitrittscode, den dir die Lehrkraft gegeben hat</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="23" />
      <source>The network as a table, as code or as a diagram</source>
      <translation>Das Netz als Tabelle, als Code oder als Diagramm</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="24" />
      <source>This run, or all runs compared</source>
      <translation>Dieser Lauf oder alle Läufe im Vergleich</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="25" />
      <source>More about the model</source>
      <translation>Mehr über das Modell</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="26" />
      <source>Explore's views</source>
      <translation>Ansichten von Erkunden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="27" />
      <source>Layers of the network</source>
      <translation>Schichten des Netzes</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="28" />
      <source>Each layer's settings, output shape, parameters and what one of its units sees</source>
      <translation>Einstellungen, Ausgabeform, Parameter jeder Schicht und was eine ihrer Einheiten sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="29" />
      <source>The model on each writer's handwriting</source>
      <translation>Das Modell auf der Handschrift jedes Schreibers</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="30" />
      <source>Layers</source>
      <translation>Schichten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="30" />
      <source>Choose a layer to show its feature maps</source>
      <translation>Wählen Sie eine Schicht, um ihre Feature-Maps zu sehen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="31" />
      <source>Details of the chosen unit</source>
      <translation>Einzelheiten der gewählten Einheit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="32" />
      <source>Loss plot</source>
      <translation>Verlustkurve</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="33" />
      <source>Accuracy plot</source>
      <translation>Genauigkeitskurve</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="34" />
      <source>Probabilities</source>
      <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="34" />
      <source>The network's probability for each class</source>
      <translation>Die Wahrscheinlichkeit des Netzes für jede Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="35" />
      <source>Training log</source>
      <translation>Trainingsprotokoll</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="35" />
      <source>Each epoch's loss and accuracy, as Keras prints them</source>
      <translation>Verlust und Genauigkeit jeder Epoche, wie Keras sie ausgibt</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="36" />
      <source>Smoothing of the loss curve</source>
      <translation>Glättung der Verlustkurve</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="37" />
      <source>Position of the kernel over the input</source>
      <translation>Position des Kernels über der Eingabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="38" />
      <source>Play speed</source>
      <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="38" />
      <source>Positions a second while playing</source>
      <translation>Positionen pro Sekunde beim Abspielen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="39" />
      <source>Pen width</source>
      <translation>Stiftbreite</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="39" />
      <source>How thick the pen draws, in pixels of the canvas</source>
      <translation>Wie dick der Stift zeichnet, in Pixeln der Zeichenfläche</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="41" />
      <source>Drawing canvas</source>
      <translation>Zeichenfläche</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="42" />
      <source>Network diagram</source>
      <translation>Netzdiagramm</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="43" />
      <source>The network with this drawing inside it</source>
      <translation>Das Netz mit dieser Zeichnung darin</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="44" />
      <source>Feature maps</source>
      <translation>Feature-Maps</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="45" />
      <source>Filters</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="46" />
      <source>Filters at this point of the training</source>
      <translation>Filter an dieser Stelle des Trainings</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="47" />
      <source>Feature maps at this point of the training</source>
      <translation>Merkmalskarten an dieser Stelle des Trainings</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="48" />
      <source>Input of the convolution lab</source>
      <translation>Eingabe des Faltungslabors</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="49" />
      <source>Output of the convolution lab</source>
      <translation>Ausgabe des Faltungslabors</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="50" />
      <source>The window's numbers</source>
      <translation>Die Zahlen im Fenster</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="51" />
      <source>The kernel's numbers</source>
      <translation>Die Zahlen des Kernels</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="52" />
      <source>The products</source>
      <translation>Die Produkte</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="54" />
      <source>Where each key works, the key, and what it does</source>
      <translation>Wo eine Taste wirkt, die Taste und was sie tut</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="55" />
      <source>Classes</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="55" />
      <source>Choose a class to see its pictures</source>
      <translation>Wählen Sie eine Klasse, um ihre Bilder zu sehen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="56" />
      <source>Pictures of the chosen class</source>
      <translation>Bilder der gewählten Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="57" />
      <source>Experiments</source>
      <translation>Experimente</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="58" />
      <source>Epochs for each network</source>
      <translation>Epochen für jedes Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="59" />
      <source>The two networks' results</source>
      <translation>Die Ergebnisse der beiden Netze</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="60" />
      <source>The speed of each device</source>
      <translation>Die Geschwindigkeit jedes Geräts</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="60" />
      <source>Images a second on each device, and how many times the CPU</source>
      <translation>Bilder pro Sekunde auf jedem Gerät, und das Wievielfache der CPU</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="61" />
      <source>Choose a lesson's question to see the class's answers</source>
      <translation>Wählen Sie eine Frage einer Lektion, um die Antworten der Klasse zu sehen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="62" />
      <source>Test accuracy, test images moved</source>
      <translation>Testgenauigkeit, Testbilder verschoben</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="63" />
      <source>Test accuracy, test images turned</source>
      <translation>Testgenauigkeit, Testbilder gedreht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="64" />
      <source>Challenges, questions and drawings</source>
      <translation>Wettbewerbe, Fragen und Zeichnungen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="65" />
      <source>Challenge</source>
      <translation>Challenge</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="65" />
      <source>Choose a challenge to see its rule and leaderboard</source>
      <translation>Wählen Sie einen Wettbewerb, um seine Regel und Rangliste zu sehen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="66" />
      <source>Leaderboard</source>
      <translation>Rangliste</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="67" />
      <source>Shared dataset</source>
      <translation>Geteilter Datensatz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="67" />
      <source>The drawings the class shared, by dataset</source>
      <translation>Die Zeichnungen, die die Klasse geteilt hat, nach Datensatz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="68" />
      <source>Chosen runs' training loss</source>
      <translation>Trainingsverlust der gewählten Läufe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="69" />
      <source>Chosen runs' test accuracy</source>
      <translation>Testgenauigkeit der gewählten Läufe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="72" />
      <source>Test accuracy during the training</source>
      <translation>Testgenauigkeit während des Trainings</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="73" />
      <source>Point of the training shown</source>
      <translation>Gezeigte Stelle des Trainings</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="73" />
      <source>From the random start to the end of the training</source>
      <translation>Vom zufälligen Anfang bis zum Ende des Trainings</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="121" />
      <source>Scrolling column: {title}</source>
      <translation>Scrollbare Spalte: {title}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="152" />
      <source>{name}: from {y0} at {x0} to {y1} at {x1}, lowest {low}, highest {high}</source>
      <translation>{name}: von {y0} bei {x0} bis {y1} bei {x1}, niedrigster Wert {low}, höchster {high}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="153" />
      <source>curve</source>
      <translation>Kurve</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/access.py" line="155" />
      <source>Nothing plotted yet.</source>
      <translation>Noch nichts gezeichnet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/appearance.py" line="20" />
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/appearance.py" line="20" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/appearance.py" line="20" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/appearance.py" line="20" />
      <source>High contrast</source>
      <translation>Hoher Kontrast</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="23" />
      <source>loss curve</source>
      <translation>Verlustkurve</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="24" />
      <source>accuracy curve</source>
      <translation>Genauigkeitskurve</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="25" />
      <source>runs compared - loss</source>
      <translation>Läufe im Vergleich - Verlust</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="26" />
      <source>runs compared - accuracy</source>
      <translation>Läufe im Vergleich - Genauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="27" />
      <source>timeline accuracy</source>
      <translation>Zeitleiste Genauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="28" />
      <source>timeline filters</source>
      <translation>Zeitleiste Filter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="29" />
      <source>timeline feature maps</source>
      <translation>Zeitleiste Feature-Maps</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="30" />
      <source>probabilities</source>
      <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="31" />
      <source>what the network sees</source>
      <translation>was das Netz sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="32" />
      <source>why this answer</source>
      <translation>warum diese Antwort</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="33" />
      <source>feature maps</source>
      <translation>Feature-Maps</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="35" />
      <source>receptive field</source>
      <translation>rezeptives Feld</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="36" />
      <source>strongest patches</source>
      <translation>stärkste Felder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="37" />
      <source>confusion matrix</source>
      <translation>Konfusionsmatrix</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="38" />
      <source>reliability</source>
      <translation>Verlässlichkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="39" />
      <source>shift experiment</source>
      <translation>Verschiebeexperiment</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="40" />
      <source>rotation experiment</source>
      <translation>Drehexperiment</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="41" />
      <source>convolution input</source>
      <translation>Faltungseingabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="42" />
      <source>convolution output</source>
      <translation>Faltungsausgabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="43" />
      <source>network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="44" />
      <source>network diagram</source>
      <translation>Netzdiagramm</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="45" />
      <source>inside the network</source>
      <translation>im Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="47" />
      <source>PNG image (*.png);;SVG drawing (*.svg)</source>
      <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="105" />
      <source>Copy as image</source>
      <translation>Als Bild kopieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="106" />
      <source>Save as PNG or SVG…</source>
      <translation>Als PNG oder SVG speichern…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="161" />
      <source>No view here to copy: point at a plot or a picture.</source>
      <translation>Hier ist keine Ansicht zum Kopieren: Zeigen Sie auf ein Diagramm oder ein Bild.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="164" />
      <source>Copied “{view}” as an image.</source>
      <translation>„{view}“ als Bild kopiert.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="170" />
      <source>No view here to save: point at a plot or a picture.</source>
      <translation>Hier ist keine Ansicht zum Speichern: Zeigen Sie auf ein Diagramm oder ein Bild.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="174" />
      <source>Save “{view}”</source>
      <translation>„{view}“ speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="183" />
      <source>Could not save the image</source>
      <translation>Das Bild ließ sich nicht speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="183" />
      <source>{path} could not be written: {error}. Choose a folder you may write to.</source>
      <translation>{path} ließ sich nicht schreiben: {error}. Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/look/slides.py" line="187" />
      <source>Saved {file}</source>
      <translation>{file} gespeichert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="62" />
      <source>cnngui — see a CNN learn</source>
      <translation>cnngui — einem CNN beim Lernen zusehen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="83" />
      <source>Model: loading…</source>
      <translation>Modell: wird geladen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="110" />
      <source>Training is running</source>
      <translation>Das Training läuft</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="111" />
      <source>The window reopens in the new language, which stops the training.
The last finished epoch is autosaved. Switch now?</source>
      <translation>Das Fenster öffnet sich in der neuen Sprache neu; dabei wird das Training abgebrochen.
Die letzte fertige Epoche ist automatisch gespeichert. Jetzt wechseln?</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="114" />
      <source>The language changes the next time cnngui starts.</source>
      <translation>Die Sprache wechselt beim nächsten Start von cnngui.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="188" />
      <source>Model: none (train one)</source>
      <translation>Modell: keines (trainieren Sie eines)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="189" />
      <source>Bundled model unavailable</source>
      <translation>Mitgeliefertes Modell nicht verfügbar</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="216" />
      <source>Model: {label}</source>
      <translation>Modell: {label}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="220" />
      <source>Device: {device}</source>
      <translation>Gerät: {device}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="235" />
      <source>Image folder: one folder per class</source>
      <translation>Bildordner: ein Ordner je Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="248" />
      <source>Open a lesson</source>
      <translation>Eine Lektion öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="248" />
      <source>Lessons (*.md);;All files (*)</source>
      <translation>Lektionen (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="293" />
      <source>Training is still running. Stop it and quit?
The last finished epoch is autosaved.</source>
      <translation>Das Training läuft noch. Abbrechen und beenden?
Die letzte fertige Epoche ist automatisch gespeichert.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/selftest_gui.py" line="50" />
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/settings.py" line="154" />
      <source>Some saved settings could not be read and were reset to their defaults: {keys}.</source>
      <translation>Einige gespeicherte Einstellungen waren unlesbar und wurden auf ihre Standardwerte zurückgesetzt: {keys}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/__init__.py" line="31" />
      <source>Train</source>
      <translation>Trainieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/__init__.py" line="32" />
      <source>Evaluate</source>
      <translation>Auswerten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/__init__.py" line="33" />
      <source>Draw</source>
      <translation>Zeichnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/__init__.py" line="34" />
      <source>Explore</source>
      <translation>Erkunden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="39" />
      <source>Your drawing: pixels 0 … 1</source>
      <translation>Ihre Zeichnung: Pixel 0 … 1</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="40" />
      <source>Your drawing: the network input (normalised)</source>
      <translation>Ihre Zeichnung: die Netzeingabe (normalisiert)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="44" />
      <source>{layer} output ({c} maps of {h}×{w})</source>
      <translation>Ausgabe von {layer} ({c} Karten zu {h}×{w})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="70" />
      <source>your drawing (pixels 0 … 1)</source>
      <translation>Ihre Zeichnung (Pixel 0 … 1)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="73" />
      <source>your drawing as the network receives it (normalised)</source>
      <translation>Ihre Zeichnung, wie das Netz sie erhält (normalisiert)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="81" />
      <source>{layer} channel {channel} for your drawing</source>
      <translation>{layer} Kanal {channel} für Ihre Zeichnung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="104" />
      <source>{layer} filter {filter}, input channel {channel} (learned)</source>
      <translation>{layer} Filter {filter}, Eingabekanal {channel} (gelernt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="107" />
      <source>{layer} filter {filter} (learned)</source>
      <translation>{layer} Filter {filter} (gelernt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="110" />
      <source>your own kernel</source>
      <translation>Ihr eigener Kernel</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="112" />
      <source>the vertical edge kernel: this model has no convolution layer, so no learned filter</source>
      <translation>der Kernel für senkrechte Kanten: Dieses Modell hat keine Faltungsschicht, also keinen gelernten Filter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="115" />
      <source>the kernel “{name}”</source>
      <translation>der Kernel „{name}“</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/inputs.py" line="140" />
      <source>A kernel cell holds a number from -1000 to 1000; it was set to 0.</source>
      <translation>Eine Kernelzelle enthält eine Zahl von -1000 bis 1000; sie wurde auf 0 gesetzt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="40" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="88" />
      <source>Input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="91" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="96" />
      <source>A learned filter of the model</source>
      <translation>Ein gelernter Filter des Modells</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="97" />
      <source>Your own 3×3</source>
      <translation>Eigener 3×3</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="98" />
      <source>Your own 5×5</source>
      <translation>Eigener 5×5</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="105" />
      <source>Type a number in any cell</source>
      <translation>Tippen Sie in jede Zelle eine Zahl</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="107" />
      <source>Kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="113" />
      <source>Layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="114" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="115" />
      <source>Input channel</source>
      <translation>Eingabekanal</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="129" />
      <source>Sliding</source>
      <translation>Verschieben</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="131" />
      <source>Stride</source>
      <translation>Schrittweite</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="132" />
      <source>Zero padding</source>
      <translation>Null-Padding</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="133" />
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="135" />
      <source>Pool size</source>
      <translation>Pool-Größe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="136" />
      <source>Pool stride</source>
      <translation>Pool-Schrittweite</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="149" />
      <source>▶ Play</source>
      <translation>▶ Abspielen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="150" />
      <source>Step ›</source>
      <translation>Schritt ›</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="152" />
      <source>Show all</source>
      <translation>Alles zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="154" />
      <source> steps/s</source>
      <translation> Schritte/s</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="155" />
      <source>Slide the window over the input (Space)</source>
      <translation>Das Fenster über die Eingabe schieben (Leertaste)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="189" />
      <source>products</source>
      <translation>Produkte</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="278" />
      <source>&lt;b&gt;Convolution&lt;/b&gt;: {kernel} slides over {input}. Position {position} of {positions}: output unit ({y}, {x}).</source>
      <translation>&lt;b&gt;Faltung&lt;/b&gt;: {kernel} gleitet über {input}. Position {position} von {positions}: Ausgabeeinheit ({y}, {x}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="282" />
      <source>Output size: ⌊(n + 2p − k) / s⌋ + 1 = {formula} → a {h}×{w} map</source>
      <translation>Ausgabegröße: ⌊(n + 2p − k) / s⌋ + 1 = {formula} → eine {h}×{w}-Karte</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="287" />
      <source>input {n}×{n}, padded by {padding} (hatched)</source>
      <translation>Eingabe {n}×{n}, mit Padding {padding} (schraffiert)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="288" />
      <source>input {n}×{n}</source>
      <translation>Eingabe {n}×{n}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="291" />
      <source>output {h}×{w}: filled as the kernel moves</source>
      <translation>Ausgabe {h}×{w}: füllt sich, während der Kernel wandert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="293" />
      <source>bias {bias}</source>
      <translation>Bias {bias}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="294" />
      <source>sum of the {count} products = {sum}{bias}&lt;br&gt;= &lt;b&gt;{value}&lt;/b&gt; at output ({y}, {x})</source>
      <translation>Summe der {count} Produkte = {sum}{bias}&lt;br&gt;= &lt;b&gt;{value}&lt;/b&gt; an Ausgabe ({y}, {x})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="304" />
      <source>&lt;b&gt;ReLU&lt;/b&gt; on the convolution's output: negative values become 0. Position {position} of {positions}.</source>
      <translation>&lt;b&gt;ReLU&lt;/b&gt; auf der Ausgabe der Faltung: Negative Werte werden 0. Position {position} von {positions}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="307" />
      <source>ReLU keeps the size: {h}×{w}</source>
      <translation>ReLU behält die Größe bei: {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="309" />
      <source>convolution output {h}×{w}</source>
      <translation>Faltungsausgabe {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="313" />
      <source>after ReLU</source>
      <translation>nach ReLU</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="321" />
      <source>&lt;b&gt;Max pooling&lt;/b&gt; of the ReLU output: each {size}×{size} window becomes its maximum. Position {position} of {positions}.</source>
      <translation>&lt;b&gt;Max-Pooling&lt;/b&gt; der ReLU-Ausgabe: Jedes {size}×{size}-Fenster wird zu seinem Maximum. Position {position} von {positions}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="323" />
      <source>&lt;b&gt;Average pooling&lt;/b&gt; of the ReLU output: each {size}×{size} window becomes its average. Position {position} of {positions}.</source>
      <translation>&lt;b&gt;Average-Pooling&lt;/b&gt; der ReLU-Ausgabe: Jedes {size}×{size}-Fenster wird zu seinem Mittelwert. Position {position} von {positions}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="326" />
      <source>Output size: ⌊(n − k) / s⌋ + 1 = {formula} → a {h}×{w} map</source>
      <translation>Ausgabegröße: ⌊(n − k) / s⌋ + 1 = {formula} → eine {h}×{w}-Karte</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="329" />
      <source>ReLU output {n}×{n}</source>
      <translation>ReLU-Ausgabe {n}×{n}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="331" />
      <source>pooled {h}×{w}</source>
      <translation>gepoolt {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="333" />
      <source>maximum of the window = &lt;b&gt;{value}&lt;/b&gt; at output ({y}, {x})</source>
      <translation>Maximum des Fensters = &lt;b&gt;{value}&lt;/b&gt; an Ausgabe ({y}, {x})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="334" />
      <source>average of the window = &lt;b&gt;{value}&lt;/b&gt; at output ({y}, {x})</source>
      <translation>Mittelwert des Fensters = &lt;b&gt;{value}&lt;/b&gt; an Ausgabe ({y}, {x})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="339" />
      <source>the window</source>
      <translation>das Fenster</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="339" />
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/conv_lab/tab.py" line="357" />
      <source>❚❚ Pause</source>
      <translation>❚❚ Pause</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="28" />
      <source>Add to my dataset</source>
      <translation>Zu meinem Datensatz hinzufügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="32" />
      <source>my handwriting</source>
      <translation>meine Handschrift</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="37" />
      <source>One of the model's classes, or any name: ✓, ✗, a letter, a word</source>
      <translation>Eine Klasse des Modells oder ein beliebiger Name: ✓, ✗, ein Buchstabe, ein Wort</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="42" />
      <source>your name (it goes into the file names)</source>
      <translation>Ihr Name (er kommt in die Dateinamen)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="43" />
      <source>Shared with the class</source>
      <translation>Mit der Klasse geteilt</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="47" />
      <source>Dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="48" />
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="49" />
      <source>Drawn by</source>
      <translation>Gezeichnet von</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="53" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="73" />
      <source>Every drawing of this dataset goes to the class server too: the teacher pools the class's handwriting into one dataset, a writer per student</source>
      <translation>Jede Zeichnung dieses Datensatzes geht auch an den Klassenserver: Die Lehrkraft fasst die Handschrift der Klasse zu einem Datensatz zusammen, ein Schreiber je Schüler</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/collect.py" line="75" />
      <source>Join a class first (File → Join a class…) to share drawings with it</source>
      <translation>Erst einer Klasse beitreten (Datei → Einer Klasse beitreten …), um Zeichnungen mit ihr zu teilen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="22" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
      <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="43" />
      <source>Open an image of a digit</source>
      <translation>Bild einer Ziffer öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="51" />
      <source>Opening {file}…</source>
      <translation>{file} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="52" />
      <source>Image: {file}</source>
      <translation>Bild: {file}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="63" />
      <source>Cannot use this file</source>
      <translation>Diese Datei ist nicht verwendbar</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="73" />
      <source>Nothing to add</source>
      <translation>Nichts hinzuzufügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="73" />
      <source>Draw {a_noun} first.</source>
      <translation>Zeichnen Sie zuerst {a_noun}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="77" />
      <source>Give the dataset a name.</source>
      <translation>Geben Sie dem Datensatz einen Namen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="80" />
      <source>Cannot add the drawing</source>
      <translation>Die Zeichnung lässt sich nicht hinzufügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="85" />
      <source>Added to {dataset} / {name}: {count} drawings of it now.</source>
      <translation>Zu {dataset} / {name} hinzugefügt: jetzt {count} Zeichnungen davon.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="108" />
      <source>Sent to the class: {count} drawings.</source>
      <translation>An die Klasse gesendet: {count} Zeichnungen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="108" />
      <source>Sent to the class.</source>
      <translation>An die Klasse gesendet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="122" />
      <source>Nothing to paste</source>
      <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="123" />
      <source>The clipboard holds no image. Copy a picture of {a_noun} first.</source>
      <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst ein Bild (z. B. {a_noun}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="126" />
      <source>Pasted image</source>
      <translation>Eingefügtes Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="139" />
      <source>Picture too large</source>
      <translation>Bild zu groß</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="157" />
      <source>true: {name}</source>
      <translation>richtig: {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="159" />
      <source> — draw on it, or Clear to start again</source>
      <translation> — zeichnen Sie darauf, oder „Leeren“ für einen Neuanfang</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/sources.py" line="175" />
      <source>Dropped image</source>
      <translation>Hineingezogenes Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="47" />
      <source>Draw with the mouse, a pen, a finger or the keys (arrows, Space); drop an image file here.</source>
      <translation>Zeichnen Sie mit der Maus, einem Stift, dem Finger oder den Tasten (Pfeile, Leertaste); legen Sie eine Bilddatei hier ab.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="121" />
      <source>Inside the network</source>
      <translation>Im Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="123" />
      <source>Each layer's output for this drawing; click a map to trace what one unit sees back to the input</source>
      <translation>Die Ausgabe jeder Schicht für diese Zeichnung; klicken Sie auf eine Karte, um zu verfolgen, was eine Einheit von der Eingabe sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="138" />
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="139" />
      <source>Clear the canvas (Esc or Delete)</source>
      <translation>Zeichenfläche leeren (Esc oder Entf)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="140" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="140" />
      <source>Undo the last stroke (Ctrl+Z)</source>
      <translation>Letzten Strich rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="142" />
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="143" />
      <source>Pen width for new strokes</source>
      <translation>Stiftbreite für neue Striche</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="145" />
      <source>Open image…</source>
      <translation>Bild öffnen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="146" />
      <source>Paste</source>
      <translation>Einfügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="146" />
      <source>Paste an image (Ctrl+V)</source>
      <translation>Ein Bild einfügen (Strg+V)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="147" />
      <source>Random test image</source>
      <translation>Zufälliges Testbild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="148" />
      <source>Pick an image from the model's test set to compare with yours</source>
      <translation>Ein Bild aus den Testbildern des Modells holen, zum Vergleich mit Ihrem</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="149" />
      <source>Add to my dataset…</source>
      <translation>Zu meinem Datensatz…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="150" />
      <source>Keep this drawing in an image folder of your own, under a class you choose: cnngui can learn from it</source>
      <translation>Diese Zeichnung in einem eigenen Bilderordner aufheben, unter einer Klasse Ihrer Wahl: cnngui kann daraus lernen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="153" />
      <source>My datasets…</source>
      <translation>Meine Datensätze…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="154" />
      <source>See what you collected: each class's drawings, and set a bad one aside</source>
      <translation>Sehen Sie, was Sie gesammelt haben: die Zeichnungen jeder Klasse; eine misslungene lässt sich beiseitelegen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="161" />
      <source>Undo the last stroke</source>
      <translation>Letzten Strich rückgängig machen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="162" />
      <source>Clear the canvas</source>
      <translation>Zeichenfläche leeren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="164" />
      <source>Paste an image</source>
      <translation>Ein Bild einfügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="171" />
      <source>Pen</source>
      <translation>Stift</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="208" />
      <source>probability</source>
      <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="219" />
      <source>The network's answer</source>
      <translation>Die Antwort des Netzes</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="229" />
      <source>The 28x28 image the network receives, enlarged</source>
      <translation>Das 28x28-Bild, das das Netz erhält, vergrößert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="245" />
      <source>What the network sees</source>
      <translation>Was das Netz sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="249" />
      <source>network input (28x28)</source>
      <translation>Netzeingabe (28x28)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="265" />
      <source> % of test images</source>
      <translation> % der Testbilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="267" />
      <source>Answer "not sure" for drawings less like the training images than all but this share of real test images.
0 switches "not sure" off. Higher: more caution.</source>
      <translation>„Nicht sicher“ antworten bei Zeichnungen, die den Trainingsbildern weniger ähneln als alle echten Testbilder außer diesem Anteil.
0 schaltet „nicht sicher“ ab. Höher: mehr Vorsicht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="272" />
      <source>Say "not sure" as often as for</source>
      <translation>„Nicht sicher“ so oft sagen wie bei</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="320" />
      <source>Draw {a_noun}</source>
      <translation>Zeichnen Sie {a_noun}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="321" />
      <source>Nothing found to classify</source>
      <translation>Nichts zum Einordnen gefunden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="345" />
      <source>Not sure: unlike the {dataset} images it learned from. Best guess {name} ({confidence})</source>
      <translation>Nicht sicher: anders als die {dataset}-Bilder, aus denen es gelernt hat. Bester Tipp {name} ({confidence})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="351" />
      <source>{confidence} sure</source>
      <translation>{confidence} sicher</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="358" />
      <source>A test image from {dataset}, used as it is (made that way already: {steps})</source>
      <translation>Ein Testbild aus {dataset}, unverändert verwendet (schon so gemacht: {steps})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="370" />
      <source>The network is not sure; its best guess is {name}</source>
      <translation>Das Netz ist nicht sicher; seine beste Vermutung ist {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="371" />
      <source>The network says {name}</source>
      <translation>Das Netz sagt {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="378" />
      <source>Highest probabilities: {list}.</source>
      <translation>Höchste Wahrscheinlichkeiten: {list}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="385" />
      <source>The {h}×{w} picture the network receives: ink in columns {left}–{right} and rows {top}–{bottom}.</source>
      <translation>Das {h}×{w}-Bild, das das Netz erhält: Tinte in den Spalten {left}–{right} und Zeilen {top}–{bottom}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="428" />
      <source>Model: {label} · classes from {dataset}</source>
      <translation>Modell: {label} · Klassen aus {dataset}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="436" />
      <source>Random {dataset} test image</source>
      <translation>Zufälliges {dataset}-Testbild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="440" />
      <source>the answer</source>
      <translation>die Antwort</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/tab.py" line="442" />
      <source>why {name}?</source>
      <translation>warum {name}?</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="42" />
      <source>Show</source>
      <translation>Zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="43" />
      <source>Work out, after each stroke, which pixels pushed the network to its answer</source>
      <translation>Nach jedem Strich ermitteln, welche Pixel das Netz zu seiner Antwort gedrängt haben</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="46" />
      <source>Explain the answer, or ask why not another class</source>
      <translation>Die Antwort erklären oder fragen, warum nicht eine andere Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="58" />
      <source>Why this answer?</source>
      <translation>Warum diese Antwort?</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="116" />
      <source> (the answer was {name})</source>
      <translation> (die Antwort war {name})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="117" />
      <source>&lt;span style='color:#b2182b'&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: pixels that pushed it towards &lt;b&gt;{towards}&lt;/b&gt;{asked}; &lt;span style='color:#2166ac'&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt;: away from it. {explain}</source>
      <translation>&lt;span style='color:#b2182b'&gt;&lt;b&gt;Rot&lt;/b&gt;&lt;/span&gt;: Pixel, die es zu &lt;b&gt;{towards}&lt;/b&gt; gedrängt haben{asked}; &lt;span style='color:#2166ac'&gt;&lt;b&gt;blau&lt;/b&gt;&lt;/span&gt;: davon weg. {explain}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/draw/why.py" line="130" />
      <source>Draw, and the pixels behind the answer light up here.</source>
      <translation>Zeichnen Sie, und die Pixel hinter der Antwort leuchten hier auf.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="63" />
      <source>Image folder…</source>
      <translation>Bildordner…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="64" />
      <source>An image folder whose class folders are the model's classes: your own drawings, say</source>
      <translation>Ein Bildordner, dessen Klassenordner die Klassen des Modells sind: etwa Ihre eigenen Zeichnungen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="70" />
      <source>Images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="70" />
      <source>How many</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="70" />
      <source>Right</source>
      <translation>Richtig</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="126" />
      <source>Reading {folder}…</source>
      <translation>{folder} wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="138" />
      <source>Draw some {classes} and add them to a dataset in Draw, or choose an image folder whose class folders are the model's classes.</source>
      <translation>Zeichnen Sie im Tab Zeichnen ein paar {classes} und fügen Sie sie einem Datensatz hinzu, oder wählen Sie einen Bildordner, dessen Klassenordner die Klassen des Modells sind.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="146" />
      <source>{dataset} test set</source>
      <translation>{dataset}-Testsatz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="147" />
      <source>{folder} (all)</source>
      <translation>{folder} (alle)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="149" />
      <source>drawn by {writer}</source>
      <translation>gezeichnet von {writer}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="157" />
      <source>{gap} points lower on {folder} than on the test set: the network is only as good as its data's likeness to what it meets. Fine-tune it there: Train → Start from.</source>
      <translation>Auf {folder} {gap} Punkte schlechter als auf dem Testsatz: Ein Netz ist nur so gut, wie seine Daten den Bildern gleichen, denen es begegnet. Trainieren Sie es dort nach: Trainieren → Starten mit.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="160" />
      <source>About as good on {folder} as on the test set.</source>
      <translation>Auf {folder} etwa so gut wie auf dem Testsatz.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/handwriting.py" line="163" />
      <source>On {folder}</source>
      <translation>Auf {folder}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="78" />
      <source>Our handwriting</source>
      <translation>Unsere Handschrift</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="79" />
      <source>Honest confidence</source>
      <translation>Ehrliche Sicherheit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="104" />
      <source>Rows: the true class. Columns: the network's answer. Click a cell to see its images.</source>
      <translation>Zeilen: die richtige Klasse. Spalten: die Antwort des Netzes. Klicken Sie auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="116" />
      <source>Show each cell as a % of its row</source>
      <translation>Jede Zelle als % ihrer Zeile zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="117" />
      <source>Each row as shares of its true class, so classes of different sizes compare</source>
      <translation>Jede Zeile als Anteile ihrer richtigen Klasse, damit verschieden große Klassen vergleichbar sind</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="119" />
      <source>Confusion matrix: rows are the true class, columns the answer</source>
      <translation>Konfusionsmatrix: Zeilen sind die richtige Klasse, Spalten die Antwort</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="128" />
      <source>class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="128" />
      <source>accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="128" />
      <source>precision</source>
      <translation>Präzision</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="128" />
      <source>recall</source>
      <translation>Trefferquote</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="129" />
      <source>images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="133" />
      <source>Precision: of the images it called this class, the share that are.
Recall: of the images of this class, the share it found.</source>
      <translation>Präzision: von den Bildern, die es dieser Klasse zuordnete, der Anteil, der dazugehört.
Trefferquote: von den Bildern dieser Klasse der Anteil, den es gefunden hat.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="135" />
      <source>Per class</source>
      <translation>Pro Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="141" />
      <source>Click a cell of the matrix, or:</source>
      <translation>Klicken Sie auf eine Zelle der Matrix, oder:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="142" />
      <source>Most confident mistakes</source>
      <translation>Sicherste Fehler</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="143" />
      <source>Every wrong answer in the test set, the most confident first</source>
      <translation>Jede falsche Antwort bei den Testbildern, die sichersten zuerst</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="152" />
      <source>Click: open in Draw and Explore. Double-click: go to Draw.</source>
      <translation>Klick: in Zeichnen und Erkunden öffnen. Doppelklick: zu Zeichnen wechseln.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="155" />
      <source>Test images</source>
      <translation>Testbilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="167" />
      <source>confidence</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="168" />
      <source>share right</source>
      <translation>Anteil richtig</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="172" />
      <source>honest</source>
      <translation>ehrlich</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="173" />
      <source>as trained</source>
      <translation>wie trainiert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="174" />
      <source>calibrated</source>
      <translation>kalibriert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="179" />
      <source>Is its confidence honest?</source>
      <translation>Ist seine Sicherheit ehrlich?</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="205" />
      <source>Evaluating {label} on its test set…</source>
      <translation>{label} wird an seinen Testbildern ausgewertet…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="210" />
      <source>No model yet: train one, or open one from the File menu.</source>
      <translation>Noch kein Modell: Trainieren Sie eines oder öffnen Sie eines über das Menü Datei.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="223" />
      <source>Model: {label} · {count} {dataset} test images · classes from {dataset}</source>
      <translation>Modell: {label} · {count} {dataset}-Testbilder · Klassen aus {dataset}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="227" />
      <source>&lt;b&gt;{accuracy}&lt;/b&gt; right · {mistakes} mistakes of {count} · loss {loss}</source>
      <translation>&lt;b&gt;{accuracy}&lt;/b&gt; richtig · {mistakes} Fehler von {count} · Verlust {loss}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="262" />
      <source>true {true}, answered {answer}: {count} images ({share} of the row)</source>
      <translation>richtig {true}, geantwortet {answer}: {count} Bilder ({share} der Zeile)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="283" />
      <source>Too few test images to check the confidence.</source>
      <translation>Zu wenige Testbilder, um die Sicherheit zu prüfen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="290" />
      <source>Calibrated: {bars}.</source>
      <translation>Kalibriert: {bars}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="291" />
      <source>{sure} sure, {right} right</source>
      <translation>{sure} sicher, {right} richtig</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="294" />
      <source>Each bar: of the answers given with that confidence, the share that were right (on {held_out} test images not used to calibrate; bars of fewer than {min_bin} images are left out). On the dashed line, "90% sure" is right 90% of the time. Calibration error {before} as trained, {after} after dividing the scores by {temperature} (temperature scaling, fitted on the other half).</source>
      <translation>Jeder Balken: von den Antworten mit dieser Sicherheit der Anteil, der richtig war (an {held_out} Testbildern, die nicht zum Kalibrieren dienten; Balken mit weniger als {min_bin} Bildern fehlen). Auf der gestrichelten Linie ist „90 % sicher“ in 90 % der Fälle richtig. Kalibrierungsfehler {before} wie trainiert, {after} nach Teilen der Werte durch {temperature} (Temperature Scaling, angepasst an der anderen Hälfte).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="313" />
      <source>true {true}, answered {answer}</source>
      <translation>richtig {true}, geantwortet {answer}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="315" />
      <source>{name}: answered right</source>
      <translation>{name}: richtig beantwortet</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="324" />
      <source>every mistake</source>
      <translation>jeder Fehler</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="331" />
      <source>, the first {count} shown</source>
      <translation>, die ersten {count} gezeigt</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="332" />
      <source>&lt;b&gt;{what}&lt;/b&gt;: {count} images, most confident first{more}. Click one to open it in Draw and Explore.</source>
      <translation>&lt;b&gt;{what}&lt;/b&gt;: {count} Bilder, die sichersten zuerst{more}. Klicken Sie eines an, um es in Zeichnen und Erkunden zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/evaluate/tab.py" line="343" />
      <source>test image #{index}: true {true}, answered {answer} with {confidence}</source>
      <translation>Testbild Nr. {index}: richtig {true}, geantwortet {answer} mit {confidence}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="18" />
      <source>Switch this channel off</source>
      <translation>Diesen Kanal abschalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="19" />
      <source>Its output becomes 0: see what the network does without it</source>
      <translation>Seine Ausgabe wird 0: Sehen Sie, was das Netz ohne ihn tut</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="24" />
      <source>Reset to the trained weights</source>
      <translation>Gewichte zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="26" />
      <source>Switch parts off</source>
      <translation>Teile abschalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="43" />
      <source>Switch {layer} channel {channel} off</source>
      <translation>{layer} Kanal {channel} abschalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="46" />
      <source>Select a conv layer's channel to switch it off.</source>
      <translation>Wählen Sie den Kanal einer Faltungsschicht, um ihn abzuschalten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="47" />
      <source>Changed: {edits}.</source>
      <translation>Geändert: {edits}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="48" />
      <source>No changes: the trained weights.</source>
      <translation>Keine Änderungen: die trainierten Gewichte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="66" />
      <source>&lt;b&gt;{name}&lt;/b&gt; ({confidence}), next {second} ({probability})</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; ({confidence}), danach {second} ({probability})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="70" />
      <source>For {source}: trained says {trained}; now {now}.</source>
      <translation>Für {source}: trainiert sagt es {trained}; jetzt {now}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="95" />
      <source>Test accuracy unavailable: the model's test set is not here.</source>
      <translation>Testgenauigkeit nicht verfügbar: Die Testbilder des Modells sind nicht da.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="119" />
      <source>Test accuracy unavailable: {message}</source>
      <translation>Testgenauigkeit nicht verfügbar: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/edits.py" line="128" />
      <source>Test accuracy: trained {text} → with these changes &lt;b&gt;{text2}&lt;/b&gt;</source>
      <translation>Testgenauigkeit: trainiert {text} → mit diesen Änderungen &lt;b&gt;{text2}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="40" />
      <source>Output channel</source>
      <translation>Ausgabekanal</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="45" />
      <source>Click a kernel to change its weights by hand.</source>
      <translation>Klicken Sie auf einen Kernel, um seine Gewichte von Hand zu ändern.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="50" />
      <source>Type a weight; the prediction, the feature maps and the accuracy follow</source>
      <translation>Tippen Sie ein Gewicht; Vorhersage, Feature-Maps und Genauigkeit folgen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="68" />
      <source>{layer} filter {filter}</source>
      <translation>{layer} Filter {filter}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="70" />
      <source>{layer}'s {count} kernels of {h}x{w}: each slides over the image and responds to one small pattern (an edge, a stroke end).</source>
      <translation>Die {count} Kernel von {layer} zu {h}x{w}: Jeder gleitet über das Bild und reagiert auf ein kleines Muster (eine Kante, ein Strichende).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="76" />
      <source>{layer} filter {filter}, input channel {channel}</source>
      <translation>{layer} Filter {filter}, Eingabekanal {channel}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="79" />
      <source>Filter {filter} of {layer} has one {h}x{w} kernel for each of the {count} channels below it; their responses are summed.</source>
      <translation>Filter {filter} von {layer} hat einen {h}x{w}-Kernel für jeden der {count} Kanäle darunter; ihre Antworten werden addiert.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="91" />
      <source>weights: blue negative, white zero, red positive</source>
      <translation>Gewichte: blau negativ, weiß null, rot positiv</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/filters.py" line="116" />
      <source>{which}: type new weights and watch the prediction and the maps change. Reset (right) brings back the trained ones.</source>
      <translation>{which}: Tippen Sie neue Gewichte und sehen Sie, wie sich Vorhersage und Karten ändern. Zurücksetzen (rechts) holt die trainierten zurück.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/maps.py" line="18" />
      <source>Hover over a unit to read its value; click it, or choose it with the arrow keys, to see what it sees.</source>
      <translation>Zeigen Sie auf eine Einheit, um ihren Wert zu lesen; klicken Sie sie an oder wählen Sie sie mit den Pfeiltasten, um zu sehen, was sie sieht.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/maps.py" line="41" />
      <source>{layer} channel {channel}</source>
      <translation>{layer} Kanal {channel}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/maps.py" line="43" />
      <source>{layer} unit {unit}</source>
      <translation>{layer} Einheit {unit}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/maps.py" line="48" />
      <source>{count} channels of {h}x{w}</source>
      <translation>{count} Kanäle zu {h}x{w}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/maps.py" line="49" />
      <source>{count} units</source>
      <translation>{count} Einheiten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/maps.py" line="50" />
      <source>&lt;b&gt;{layer}&lt;/b&gt; output for {source}: {kind}. Blue is negative, red positive; after a ReLU everything is ≥ 0.</source>
      <translation>Ausgabe von &lt;b&gt;{layer}&lt;/b&gt; für {source}: {kind}. Blau ist negativ, Rot positiv; nach einer ReLU ist alles ≥ 0.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="32" />
      <source>Top test images for this channel</source>
      <translation>Stärkste Testbilder dieses Kanals</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="50" />
      <source>Searching the {dataset} test set…</source>
      <translation>Die {dataset}-Testbilder werden durchsucht…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="63" />
      <source>Top patches unavailable: {message}</source>
      <translation>Stärkste Felder nicht verfügbar: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="96" />
      <source>{layer} channel {channel} is switched off: no image excites it.</source>
      <translation>{layer} Kanal {channel} ist abgeschaltet: Kein Bild regt ihn an.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="104" />
      <source>test image #{index}: activation {activation}</source>
      <translation>Testbild Nr. {index}: Aktivierung {activation}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="107" />
      <source>whole images</source>
      <translation>ganze Bilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="108" />
      <source>its {size}x{size} receptive field, outlined</source>
      <translation>sein {size}x{size}-rezeptives Feld, umrandet</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/patches.py" line="109" />
      <source>{layer} channel {channel}: the 9 {dataset} test images with its strongest response, shown around {what}. Early layers respond to edges and stroke pieces; deeper ones to larger shapes.</source>
      <translation>{layer} Kanal {channel}: die 9 {dataset}-Testbilder mit seiner stärksten Antwort, gezeigt um {what}. Frühe Schichten reagieren auf Kanten und Strichstücke, tiefere auf größere Formen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/receptive_field.py" line="23" />
      <source>What the selected unit sees</source>
      <translation>Was die gewählte Einheit sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="51" />
      <source>an example (draw your own in the Draw tab)</source>
      <translation>ein Beispiel (zeichnen Sie Ihr eigenes im Reiter Zeichnen)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="87" />
      <source>&lt;b&gt;Layers&lt;/b&gt; (choose one)</source>
      <translation>&lt;b&gt;Schichten&lt;/b&gt; (eine wählen)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="132" />
      <source>{params} params</source>
      <translation>{params} Parameter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="134" />
      <source>each unit sees the whole image</source>
      <translation>jede Einheit sieht das ganze Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="135" />
      <source>each unit sees a {size}x{size} patch of the input</source>
      <translation>jede Einheit sieht ein {size}x{size}-Feld der Eingabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="203" />
      <source>For {source}: the network says {name}, {confidence} sure.</source>
      <translation>Für {source}: Das Netz sagt {name}, {confidence} sicher.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="247" />
      <source>unit ({y}, {x}) of channel {channel}</source>
      <translation>Einheit ({y}, {x}) von Kanal {channel}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="248" />
      <source>unit {unit}</source>
      <translation>Einheit {unit}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="251" />
      <source>the whole image</source>
      <translation>das ganze Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="253" />
      <source>only the zero padding around the image</source>
      <translation>nur das Null-Padding rund um das Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="255" />
      <source>a {h}x{w} patch at rows {top}–{bottom}, columns {left}–{right}</source>
      <translation>ein {h}x{w}-Feld in den Zeilen {top}–{bottom}, Spalten {left}–{right}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="258" />
      <source>Its channel is switched off, so it outputs 0 whatever the input.</source>
      <translation>Ihr Kanal ist abgeschaltet, sie gibt also bei jeder Eingabe 0 aus.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="260" />
      <source>It is silent for this input (it outputs 0 here), so its gradient is zero.</source>
      <translation>Sie schweigt bei dieser Eingabe (gibt hier 0 aus), ihr Gradient ist also null.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/explore/tab.py" line="263" />
      <source>&lt;b&gt;{layer}&lt;/b&gt;, {where}: value {value}.&lt;br&gt;Theoretical receptive field (orange): {seen}. Heat: the effective receptive field, how strongly each input pixel moves this unit.</source>
      <translation>&lt;b&gt;{layer}&lt;/b&gt;, {where}: Wert {value}.&lt;br&gt;Theoretisches rezeptives Feld (orange): {seen}. Wärme: das effektive rezeptive Feld, wie stark jedes Eingabepixel diese Einheit bewegt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="19" />
      <source>PyTorch script (*.py)</source>
      <translation>PyTorch-Skript (*.py)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="19" />
      <source>Keras script (*.py)</source>
      <translation>Keras-Skript (*.py)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="34" />
      <source>Keras (the seed notebook's style)</source>
      <translation>Keras (im Stil des Seed-Notebooks)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="39" />
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="41" />
      <source>Save as…</source>
      <translation>Speichern unter…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="46" />
      <source>build_model() returns this network; run the script to train it on MNIST (python network.py --epochs 1).</source>
      <translation>build_model() gibt dieses Netz zurück; führen Sie das Skript aus, um es auf MNIST zu trainieren (python network.py --epochs 1).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="83" />
      <source>This network can't be written as code yet:</source>
      <translation>Dieses Netz lässt sich noch nicht als Code schreiben:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="98" />
      <source>Copied the {language} code</source>
      <translation>Der {language}-Code wurde kopiert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="103" />
      <source>Save the code</source>
      <translation>Code speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="114" />
      <source>Cannot save the code</source>
      <translation>Der Code lässt sich nicht speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/code_view.py" line="117" />
      <source>Cannot write {path}: {exc}</source>
      <translation>{path} lässt sich nicht schreiben: {exc}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/files.py" line="17" />
      <source>Network files (*.json);;All files (*)</source>
      <translation>Netzdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/files.py" line="28" />
      <source>Open a network</source>
      <translation>Ein Netz öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/files.py" line="37" />
      <source>Cannot open this network</source>
      <translation>Dieses Netz lässt sich nicht öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/files.py" line="45" />
      <source>Save the network</source>
      <translation>Das Netz speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/files.py" line="53" />
      <source>Cannot save this network</source>
      <translation>Dieses Netz lässt sich nicht speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/files.py" line="56" />
      <source>Saved the network to {file}</source>
      <translation>Netz in {file} gespeichert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/layer_editor.py" line="30" />
      <source>Selected layer</source>
      <translation>Gewählte Schicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/layer_editor.py" line="31" />
      <source>Select a layer to change its settings.</source>
      <translation>Wählen Sie eine Schicht, um ihre Einstellungen zu ändern.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/layer_editor.py" line="35" />
      <source>unknown layer</source>
      <translation>unbekannte Schicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/layer_editor.py" line="41" />
      <source>This layer has no settings.</source>
      <translation>Diese Schicht hat keine Einstellungen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="43" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="43" />
      <source>Output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="43" />
      <source>Each unit sees</source>
      <translation>Jede Einheit sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="78" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="84" />
      <source>Diagram</source>
      <translation>Diagramm</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="87" />
      <source>The Train tab trains this network. After training, Draw and Explore show it (Explore: every conv layer's filters, and what each unit sees).</source>
      <translation>Der Reiter Trainieren trainiert dieses Netz. Danach zeigen Zeichnen und Erkunden es (Erkunden: die Filter jeder Faltungsschicht und was jede Einheit sieht).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="110" />
      <source>Start from a ready-made network; you can change every layer afterwards</source>
      <translation>Mit einem fertigen Netz beginnen; danach können Sie jede Schicht ändern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="111" />
      <source>Start from this</source>
      <translation>Damit beginnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="113" />
      <source>The model's network</source>
      <translation>Das Netz des Modells</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="114" />
      <source>Edit the network of the model now in the app (trained here, or opened from a file: cnngui, Keras or ONNX)</source>
      <translation>Das Netz des gerade geladenen Modells bearbeiten (hier trainiert oder aus einer Datei geöffnet: cnngui, Keras oder ONNX)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="117" />
      <source>Open…</source>
      <translation>Öffnen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="119" />
      <source>Open a network saved as JSON</source>
      <translation>Ein als JSON gespeichertes Netz öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="120" />
      <source>Save this network as JSON (cnngui train --arch FILE trains it)</source>
      <translation>Dieses Netz als JSON speichern (cnngui train --arch DATEI trainiert es)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="124" />
      <source>Start from</source>
      <translation>Starten mit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="160" />
      <source>Add below</source>
      <translation>Darunter einfügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="161" />
      <source>Insert a layer of this kind below the selected one</source>
      <translation>Eine Schicht dieser Art unter der gewählten einfügen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="163" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="164" />
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="165" />
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="255" />
      <source>&lt;b&gt;Input&lt;/b&gt;: {h}×{w} image, {c} channel ({title}) · &lt;b&gt;Output&lt;/b&gt;: {num_classes} classes</source>
      <translation>&lt;b&gt;Eingabe&lt;/b&gt;: {h}×{w}-Bild, {c} Kanal ({title}) · &lt;b&gt;Ausgabe&lt;/b&gt;: {num_classes} Klassen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="307" />
      <source>{size}×{size} pixels</source>
      <translation>{size}×{size} Pixel</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="313" />
      <source>{layers} layers ({convs} conv) · &lt;b&gt;{params}&lt;/b&gt; parameters</source>
      <translation>{layers} Schichten ({convs} Faltung) · &lt;b&gt;{params}&lt;/b&gt; Parameter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="316" />
      <source>{summary}&lt;br&gt;&lt;span style='color:{name}'&gt;✗ This network can't be trained yet: {problem}&lt;/span&gt;</source>
      <translation>{summary}&lt;br&gt;&lt;span style='color:{name}'&gt;✗ Dieses Netz lässt sich noch nicht trainieren: {problem}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="320" />
      <source>{summary} · &lt;span style='color:{name}'&gt;✓ ready to train&lt;/span&gt; (in the Train tab)</source>
      <translation>{summary} · &lt;span style='color:{name}'&gt;✓ bereit zum Training&lt;/span&gt; (im Reiter Trainieren)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="341" />
      <source>the network of {model}</source>
      <translation>das Netz von {model}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/network/tab.py" line="352" />
      <source>The current model has no layer {name}.</source>
      <translation>Das aktuelle Modell hat keine Schicht {name}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/challenge_choice.py" line="27" />
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/challenge_choice.py" line="28" />
      <source>A challenge the teacher set: your next training enters its leaderboard</source>
      <translation>Eine Challenge der Lehrkraft: Ihr nächstes Training kommt in ihre Rangliste</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/challenge_choice.py" line="63" />
      <source>The class's challenges can't be read: {error}</source>
      <translation>Die Challenges der Klasse können nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="35" />
      <source>{title} (bundled)</source>
      <translation>{title} (mitgeliefert)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="37" />
      <source>Which images to learn: handwritten digits, clothes, or Japanese characters</source>
      <translation>Welche Bilder gelernt werden: handgeschriebene Ziffern, Kleidung oder japanische Schriftzeichen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="39" />
      <source>bundled MNIST</source>
      <translation>mitgeliefertes MNIST</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="40" />
      <source>Folder…</source>
      <translation>Ordner…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="41" />
      <source>Train on the dataset's four files in a folder (checked like the bundled ones)</source>
      <translation>Mit den vier Dateien des Datensatzes in einem Ordner trainieren (geprüft wie die mitgelieferten)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="42" />
      <source>Bundled</source>
      <translation>Mitgeliefert</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="43" />
      <source>Use the MNIST files that ship with cnngui</source>
      <translation>Die mit cnngui gelieferten MNIST-Dateien verwenden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="45" />
      <source>Train on a folder of your own images: one folder per class (what Draw's 'Add to my dataset…' makes)</source>
      <translation>Mit einem Ordner eigener Bilder trainieren: ein Ordner je Klasse (so wie ihn „Zu meinem Datensatz…“ im Tab Zeichnen anlegt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="48" />
      <source>Show…</source>
      <translation>Zeigen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="49" />
      <source>The folder's classes and images, in the dataset view</source>
      <translation>Die Klassen und Bilder des Ordners in der Datensatzansicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="56" />
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="100" />
      <source>Folder with the four {title} files</source>
      <translation>Ordner mit den vier {title}-Dateien</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="112" />
      <source>{title} (image folder)</source>
      <translation>{title} (Bildordner)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="117" />
      <source>The four original {title} files shipped with cnngui</source>
      <translation>Die vier originalen {title}-Dateien, mitgeliefert mit cnngui</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="124" />
      <source>image folder {folder}: {count} classes ({names})</source>
      <translation>Bildordner {folder}: {count} Klassen ({names})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="127" />
      <source>{title} in {folder}</source>
      <translation>{title} in {folder}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="129" />
      <source>bundled {title}</source>
      <translation>mitgeliefertes {title}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/data_choice.py" line="130" />
      <source>choose the folder with the {title} files (or use --download on the command line)</source>
      <translation>Wählen Sie den Ordner mit den {title}-Dateien (oder verwenden Sie --download auf der Kommandozeile)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="70" />
      <source>Why CNNs for images?</source>
      <translation>Warum CNNs für Bilder?</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="71" />
      <source>Why we need CUDA</source>
      <translation>Warum wir CUDA brauchen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="88" />
      <source>Train both and compare</source>
      <translation>Beide trainieren und vergleichen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="90" />
      <source>Compare the latest runs of each</source>
      <translation>Die neuesten Läufe beider vergleichen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="91" />
      <source>No training: shift-test the newest finished runs of the dense network and the seed CNN</source>
      <translation>Ohne Training: den Verschiebetest mit den neuesten fertigen Läufen des vollverbundenen Netzes und des Ausgangs-CNN machen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="94" />
      <source>Trains the dense network and the seed CNN with the fast recipe on the chosen dataset, then moves every test image 0–6 pixels and turns it up to 20°.</source>
      <translation>Trainiert das vollverbundene Netz und das Ausgangs-CNN mit dem schnellen Rezept auf dem gewählten Datensatz, verschiebt dann jedes Testbild um 0–6 Pixel und dreht es um bis zu 20°.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="98" />
      <source>parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="98" />
      <source>test</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="98" />
      <source>time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="98" />
      <source>moved 3 px</source>
      <translation>3 px verschoben</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="99" />
      <source>turned 15°</source>
      <translation>15° gedreht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="102" />
      <source>pixels moved</source>
      <translation>Pixel verschoben</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="105" />
      <source>degrees turned</source>
      <translation>Grad gedreht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="107" />
      <source>test accuracy</source>
      <translation>Testgenauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="112" />
      <source>Epochs each</source>
      <translation>Epochen je Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="140" />
      <source>Loading the data…</source>
      <translation>Die Daten werden geladen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="160" />
      <source>Needs a finished run of the dense network and one of the seed CNN (build them in the Network tab, or train both here)</source>
      <translation>Braucht einen fertigen Lauf des vollverbundenen Netzes und einen des Ausgangs-CNN (bauen Sie sie im Reiter Netz oder trainieren Sie hier beide)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="210" />
      <source>Done.</source>
      <translation>Fertig.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="210" />
      <source>Done; both are in the runs list.</source>
      <translation>Fertig; beide stehen in der Liste der Läufe.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="211" />
      <source>Moved 3 pixels, the dense network keeps {dense} right, the CNN {cnn}, with {ratio}× fewer weights: its filters slide over the image, the dense network learnt each pixel position apart.</source>
      <translation>Um 3 Pixel verschoben bleibt das vollverbundene Netz bei {dense} richtig, das CNN bei {cnn}, mit {ratio}× weniger Gewichten: Seine Filter gleiten über das Bild, das vollverbundene Netz hat jede Pixelposition einzeln gelernt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="219" />
      <source>Measure</source>
      <translation>Messen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="223" />
      <source>Trains the seed CNN with the seed's recipe (Adam, batch 32) for a few seconds on the CPU and on each CUDA GPU, and projects the seed's three epochs from the speed.</source>
      <translation>Trainiert das Ausgangs-CNN mit seinem Rezept (Adam, Batch 32) einige Sekunden lang auf der CPU und auf jeder CUDA-GPU und rechnet aus der Geschwindigkeit die drei Epochen hoch.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="225" />
      <source>No CUDA GPU here: {reason}. You will see the CPU's figure alone.</source>
      <translation>Hier keine CUDA-GPU: {reason}. Sie sehen nur den Wert der CPU.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="228" />
      <source>device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="228" />
      <source>images/s</source>
      <translation>Bilder/s</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="228" />
      <source>seed's 3 epochs</source>
      <translation>3 Epochen des Ausgangs-CNN</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="228" />
      <source>× the CPU</source>
      <translation>× die CPU</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="229" />
      <source>multiply-adds/s</source>
      <translation>Multiplikationen/s</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="259" />
      <source>{count} billion</source>
      <translation>{count} Milliarden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="262" />
      <source>{device}: {rate} images/s, the seed's three epochs in about {seconds} s.</source>
      <translation>{device}: {rate} Bilder/s, die drei Epochen des Ausgangs-CNN in etwa {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="265" />
      <source>Training on one digit takes {work} million multiply-adds, so that is {rate} billion a second; a GPU's thousands of cores do tens of thousands of billions a second (its data sheet), when the batches are big enough to keep them busy.</source>
      <translation>Das Training an einer Ziffer kostet {work} Millionen Multiplikationen mit Addition, das sind also {rate} Milliarden pro Sekunde; die Tausende Kerne einer GPU schaffen Zehntausende Milliarden pro Sekunde (ihr Datenblatt), wenn die Batches groß genug sind, sie auszulasten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="270" />
      <source>No CUDA GPU here: {reason}. The CPU's figure alone.</source>
      <translation>Hier keine CUDA-GPU: {reason}. Nur der Wert der CPU.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/experiments.py" line="281" />
      <source>Stopped: {message}</source>
      <translation>Abgebrochen: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="53" />
      <source>SGD (Nesterov momentum)</source>
      <translation>SGD (Nesterov-Momentum)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="65" />
      <source>Label smoothing trains towards 90% sure instead of 100% (at 0.1), so the network doesn't grow overconfident. The loss the curves and the log show is the plain cross-entropy either way, the test loss's measure; 0 trains on that alone.</source>
      <translation>Label-Glättung trainiert auf 90 % Sicherheit statt 100 % hin (bei 0,1), damit das Netz nicht zu selbstsicher wird. Der Verlust in den Kurven und im Protokoll ist in jedem Fall die einfache Kreuzentropie, das Maß des Testverlusts; 0 trainiert nur darauf.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="72" />
      <source>Adam's default is 0.001; the one-cycle presets use a higher peak rate.</source>
      <translation>Adams Standard ist 0,001; die One-Cycle-Voreinstellungen nutzen eine höhere Spitzenrate.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="73" />
      <source>Images per step. Larger batches run faster on a GPU.</source>
      <translation>Bilder pro Schritt. Größere Batches laufen auf einer GPU schneller.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="78" />
      <source>Recipe</source>
      <translation>Rezept</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="81" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/recipe_form.py" line="98" />
      <source>{device} — unavailable: {reason}</source>
      <translation>{device} — nicht verfügbar: {reason}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="49" />
      <source>Epoch results appear here.</source>
      <translation>Die Ergebnisse der Epochen erscheinen hier.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="55" />
      <source>Log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="65" />
      <source>Log-scale loss</source>
      <translation>Verlust logarithmisch</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="67" />
      <source>Export CSV…</source>
      <translation>CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="68" />
      <source>Export PNG…</source>
      <translation>PNG exportieren…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="69" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="70" />
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="72" />
      <source>Smoothing</source>
      <translation>Glättung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="113" />
      <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}{paused}</source>
      <translation>Epoche {epoch}/{epochs} · Batch {batch}/{batches}{paused}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="115" />
      <source> (paused)</source>
      <translation> (pausiert)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="116" />
      <source>{rate} images/s · ETA {eta} · loss {loss} · lr {lr}</source>
      <translation>{rate} Bilder/s · noch {eta} · Verlust {loss} · Lernrate {lr}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="123" />
      <source>Epoch {epoch}/{epochs}</source>
      <translation>Epoche {epoch}/{epochs}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="128" />
      <source>Note: {note}</source>
      <translation>Hinweis: {note}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="135" />
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/run_view.py" line="136" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="36" />
      <source>epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="36" />
      <source>images seen</source>
      <translation>gesehene Bilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="36" />
      <source>training time (s)</source>
      <translation>Trainingszeit (s)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="37" />
      <source>run</source>
      <translation>Lauf</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="37" />
      <source>date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="37" />
      <source>best test</source>
      <translation>bester Test</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="92" />
      <source>Tick runs to overlay their curves; double-click a name to rename the run</source>
      <translation>Haken Sie Läufe an, um ihre Kurven zu überlagern; Doppelklick auf einen Namen benennt den Lauf um</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="100" />
      <source>Use this model</source>
      <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="101" />
      <source>Make the selected run's model the current one (Draw, Explore, Evaluate)</source>
      <translation>Das Modell des gewählten Laufs zum aktuellen machen (Zeichnen, Erkunden, Auswerten)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="103" />
      <source>Timeline…</source>
      <translation>Zeitleiste…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="104" />
      <source>Scrub through the selected run's snapshots: watch its filters form</source>
      <translation>Durch die Momentaufnahmen des gewählten Laufs blättern: Sehen Sie seinen Filtern beim Entstehen zu</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="106" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="108" />
      <source>Experiments…</source>
      <translation>Experimente…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="109" />
      <source>Why CNNs for images (dense network vs seed CNN, shift test), why we need CUDA (CPU vs GPU speed)</source>
      <translation>Warum CNNs für Bilder (vollverbundenes Netz gegen Ausgangs-CNN, Verschiebetest), warum wir CUDA brauchen (CPU- gegen GPU-Tempo)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="120" />
      <source>x axis</source>
      <translation>x-Achse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="185" />
      <source>Cannot rename the run</source>
      <translation>Der Lauf lässt sich nicht umbenennen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="203" />
      <source>No runs yet: each training you start is kept here.</source>
      <translation>Noch keine Läufe: Jedes Training, das Sie starten, wird hier aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="204" />
      <source>Tick runs in the list to draw their curves on the plots below.</source>
      <translation>Haken Sie Läufe in der Liste an, um ihre Kurven unten zu zeichnen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="217" />
      <source>run {name}</source>
      <translation>Lauf {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="219" />
      <source>Cannot open the run's model</source>
      <translation>Das Modell des Laufs lässt sich nicht öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="221" />
      <source>Using the model of run “{name}”</source>
      <translation>Das Modell des Laufs „{name}“ wird verwendet</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="232" />
      <source>Delete run</source>
      <translation>Lauf löschen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="232" />
      <source>Delete the run “{name}”, its model and its snapshots?</source>
      <translation>Den Lauf „{name}“, sein Modell und seine Momentaufnahmen löschen?</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/runs_view.py" line="247" />
      <source>Cannot open the timeline</source>
      <translation>Die Zeitleiste lässt sich nicht öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="32" />
      <source>Random weights (from scratch)</source>
      <translation>Zufällige Gewichte (von Grund auf)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="32" />
      <source>The bundled model</source>
      <translation>Das mitgelieferte Modell</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="33" />
      <source>The model in the app now</source>
      <translation>Das Modell, das gerade geladen ist</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="33" />
      <source>A model file…</source>
      <translation>Eine Modelldatei…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="37" />
      <source>Start from a trained model's weights: what it learnt carries over, so a few images a class are enough. A new last layer is made where the classes differ. A run's model: Compare runs → Use this model, then 'The model in the app now'.</source>
      <translation>Mit den Gewichten eines trainierten Modells beginnen: Was es gelernt hat, wird übernommen, so genügen wenige Bilder je Klasse. Wo die Klassen andere sind, entsteht eine neue letzte Schicht. Das Modell eines Laufs: Läufe vergleichen → Dieses Modell verwenden, dann „Das Modell, das gerade geladen ist“.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="42" />
      <source>Keep the learned features</source>
      <translation>Gelernte Merkmale behalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="44" />
      <source>Every layer up to the flatten stays as the start model learnt it: only the dense layers learn (transfer learning)</source>
      <translation>Jede Schicht bis zum Flatten bleibt, wie das Startmodell sie gelernt hat: Nur die Dense-Schichten lernen (Transfer-Lernen)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="70" />
      <source>File: {name}</source>
      <translation>Datei: {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="77" />
      <source>Start from a model</source>
      <translation>Mit einem Modell beginnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="93" />
      <source>There is no model in the app to start from: open or train one, or start from the bundled model.</source>
      <translation>Es ist kein Modell geladen, mit dem begonnen werden kann: Öffnen oder trainieren Sie eines, oder beginnen Sie mit dem mitgelieferten Modell.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="97" />
      <source>Choose the model file to start from.</source>
      <translation>Wählen Sie die Modelldatei, mit der begonnen werden soll.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="103" />
      <source>starting from {model}{kept}</source>
      <translation>beginnend mit {model}{kept}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/start_from.py" line="104" />
      <source>, learned features kept</source>
      <translation>, gelernte Merkmale behalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="80" />
      <source>This run</source>
      <translation>Dieser Lauf</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="81" />
      <source>Compare runs</source>
      <translation>Läufe vergleichen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="102" />
      <source>Training settings</source>
      <translation>Trainingseinstellungen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="126" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="127" />
      <source>Stop</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="128" />
      <source>Continue from file…</source>
      <translation>Aus Datei fortsetzen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="130" />
      <source>Train the network from the Network tab from scratch with these settings</source>
      <translation>Das Netz aus dem Reiter Netz mit diesen Einstellungen von vorn trainieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="131" />
      <source>Stop now (within a layer, even mid-batch) and keep the model trained so far</source>
      <translation>Jetzt abbrechen (innerhalb einer Schicht, auch mitten im Batch) und das bisher trainierte Modell behalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="132" />
      <source>Continue training a saved checkpoint up to the epochs set above</source>
      <translation>Einen gespeicherten Checkpoint bis zu den oben eingestellten Epochen weitertrainieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="176" />
      <source>Cannot use this folder</source>
      <translation>Dieser Ordner lässt sich nicht verwenden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="187" />
      <source>The network's last layer now has {count} outputs, one per class of the folder.</source>
      <translation>Die letzte Schicht des Netzes hat jetzt {count} Ausgänge, einen je Klasse des Ordners.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="217" />
      <source>Build or change the network in the Network tab</source>
      <translation>Bauen oder ändern Sie das Netz im Reiter Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="220" />
      <source>the start model's, one output per class</source>
      <translation>das des Startmodells, ein Ausgang je Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="223" />
      <source>can't be trained yet: see the Network tab</source>
      <translation>lässt sich noch nicht trainieren: siehe Reiter Netz</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="225" />
      <source>{params} parameters</source>
      <translation>{params} Parameter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="230" />
      <source>Train this network from scratch with these settings</source>
      <translation>Dieses Netz mit diesen Einstellungen von vorn trainieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="253" />
      <source>The network in the Network tab can't be trained: {problem}</source>
      <translation>Das Netz im Reiter Netz lässt sich nicht trainieren: {problem}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="257" />
      <source>Cannot start training</source>
      <translation>Training lässt sich nicht starten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="267" />
      <source>the checkpoint</source>
      <translation>den Checkpoint</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="269" />
      <source>Training {network} on {dataset}: {epochs}, batch {batch}, {optimizer} lr {lr}, seed {seed}</source>
      <translation>Trainiere {network} mit {dataset}: {epochs}, Batch {batch}, {optimizer} Lernrate {lr}, Seed {seed}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="282" />
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="283" />
      <source>Paused: training holds after this batch</source>
      <translation>Pausiert: Das Training hält nach diesem Batch an</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="283" />
      <source>Training resumed</source>
      <translation>Training fortgesetzt</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="290" />
      <source>Stopping…</source>
      <translation>Wird abgebrochen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="311" />
      <source>Continue training from checkpoint</source>
      <translation>Training ab Checkpoint fortsetzen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="324" />
      <source>{file} was trained on {dataset}: choose {dataset} under Dataset to continue it.</source>
      <translation>{file} wurde mit {dataset} trainiert: Wählen Sie {dataset} unter Datensatz, um es fortzusetzen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="331" />
      <source>Cannot continue training</source>
      <translation>Training lässt sich nicht fortsetzen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="335" />
      <source>Continuing {file} from epoch {epoch}</source>
      <translation>Setze {file} ab Epoche {epoch} fort</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="360" />
      <source>trained now (epoch {epoch}/{epochs}, test accuracy {accuracy})</source>
      <translation>gerade trainiert (Epoche {epoch}/{epochs}, Testgenauigkeit {accuracy})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="366" />
      <source>Stopped before training began.</source>
      <translation>Abgebrochen, bevor das Training begann.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="367" />
      <source>Stopped</source>
      <translation>Abgebrochen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="370" />
      <source>test accuracy {accuracy}</source>
      <translation>Testgenauigkeit {accuracy}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="371" />
      <source>no epoch finished</source>
      <translation>keine Epoche fertig</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="373" />
      <source>Stopped; the model trained so far is kept ({result}).</source>
      <translation>Abgebrochen; das bisher trainierte Modell bleibt erhalten ({result}).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="374" />
      <source>trained now (stopped in epoch {epoch})</source>
      <translation>gerade trainiert (abgebrochen in Epoche {epoch})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="376" />
      <source>Finished: {result}.</source>
      <translation>Fertig: {result}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="377" />
      <source>trained now ({epochs}, {result})</source>
      <translation>gerade trainiert ({epochs}, {result})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="380" />
      <source>Stopped — model kept</source>
      <translation>Abgebrochen — Modell behalten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="380" />
      <source>Finished</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="383" />
      <source>Error: {message}</source>
      <translation>Fehler: {message}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/tab.py" line="384" />
      <source>Training failed</source>
      <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="47" />
      <source>snapshot {file} does not fit the run's network</source>
      <translation>Die Momentaufnahme {file} passt nicht zum Netz des Laufs</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="70" />
      <source>Timeline of {name}</source>
      <translation>Zeitleiste von {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="77" />
      <source>this run kept no snapshots</source>
      <translation>dieser Lauf hat keine Momentaufnahmen aufbewahrt</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="79" />
      <source>this network has no conv layer, so there are no filters to watch</source>
      <translation>dieses Netz hat keine Faltungsschicht, also keine Filter zum Zusehen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="96" />
      <source>epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="105" />
      <source>Export GIF…</source>
      <translation>GIF exportieren…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="106" />
      <source>The first conv layer's filters at every snapshot, as an animation for slides</source>
      <translation>Die Filter der ersten Faltungsschicht bei jeder Momentaufnahme, als Animation für Folien</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="110" />
      <source>First conv layer's filters</source>
      <translation>Filter der ersten Faltungsschicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="112" />
      <source>Its feature maps for the current drawing</source>
      <translation>Ihre Feature-Maps für die aktuelle Zeichnung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="118" />
      <source>start</source>
      <translation>Anfang</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="120" />
      <source>end</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="147" />
      <source>Cannot show this snapshot</source>
      <translation>Diese Momentaufnahme lässt sich nicht zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="166" />
      <source>scoring…</source>
      <translation>wird bewertet…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="167" />
      <source>before training</source>
      <translation>vor dem Training</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="167" />
      <source>after {epochs} epochs</source>
      <translation>nach {epochs} Epochen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="169" />
      <source>Snapshot {number} of {count}: {when} ({images} images seen)</source>
      <translation>Momentaufnahme {number} von {count}: {when} ({images} Bilder gesehen)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="200" />
      <source>Export the filters' timeline</source>
      <translation>Die Zeitleiste der Filter exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="201" />
      <source>GIF animations (*.gif)</source>
      <translation>GIF-Animationen (*.gif)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="206" />
      <source>Cannot export the GIF</source>
      <translation>Das GIF lässt sich nicht exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/timeline.py" line="224" />
      <source>epoch {epoch}</source>
      <translation>Epoche {epoch}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/worker.py" line="89" />
      <source>Autosave failed: {error}</source>
      <translation>Automatisches Speichern fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/worker.py" line="100" />
      <source>Preparing the model…</source>
      <translation>Das Modell wird vorbereitet…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tabs/train/worker.py" line="109" />
      <source>Training on {device}</source>
      <translation>Training auf {device}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tasks.py" line="33" />
      <source>The GPU ran out of memory. Use a smaller batch size or a smaller network, or train on the CPU.</source>
      <translation>Der GPU ging der Speicher aus. Verwenden Sie eine kleinere Batchgröße oder ein kleineres Netz, oder trainieren Sie auf der CPU.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/tasks.py" line="48" />
      <source>The work was interrupted.</source>
      <translation>Die Arbeit wurde unterbrochen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="42" />
      <source>Arrow keys</source>
      <translation>Pfeiltasten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="42" />
      <source>move the keyboard pen over the canvas (with Shift: a small step)</source>
      <translation>den Tastaturstift über die Zeichenfläche bewegen (mit Umschalt: ein kleiner Schritt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="43" />
      <source>Space</source>
      <translation>Leertaste</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="43" />
      <source>put the keyboard pen down or lift it: moving it down draws</source>
      <translation>den Tastaturstift aufsetzen oder abheben: aufgesetzt bewegt, zeichnet er</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="55" />
      <source>Draw a digit with the mouse, a pen or a finger; or with the arrow keys and Space</source>
      <translation>Zeichnen Sie eine Ziffer mit der Maus, einem Stift oder dem Finger; oder mit den Pfeiltasten und der Leertaste</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="130" />
      <source>Empty. Draw a digit with the mouse, or with the arrow keys and Space.</source>
      <translation>Leer. Zeichnen Sie eine Ziffer mit der Maus oder mit den Pfeiltasten und der Leertaste.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="132" />
      <source>An opened picture</source>
      <translation>Ein geöffnetes Bild</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="134" />
      <source>1 stroke</source>
      <translation>1 Strich</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="135" />
      <source>{count} strokes</source>
      <translation>{count} Striche</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="144" />
      <source>No ink yet.</source>
      <translation>Noch keine Tinte.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="146" />
      <source>Ink in columns {left}–{right} and rows {top}–{bottom} of 28.</source>
      <translation>Tinte in den Spalten {left}–{right} und Zeilen {top}–{bottom} von 28.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="151" />
      <source>Keyboard pen down at column {x}, row {y}.</source>
      <translation>Tastaturstift aufgesetzt bei Spalte {x}, Zeile {y}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="152" />
      <source>Keyboard pen up at column {x}, row {y}.</source>
      <translation>Tastaturstift abgehoben bei Spalte {x}, Zeile {y}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/canvas.py" line="263" />
      <source>Draw a digit here</source>
      <translation>Hier eine Ziffer zeichnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/compare_plots.py" line="34" />
      <source>Training loss (smoothed)</source>
      <translation>Trainingsverlust (geglättet)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/compare_plots.py" line="36" />
      <source>Test accuracy</source>
      <translation>Testgenauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/compare_plots.py" line="49" />
      <source>cross-entropy</source>
      <translation>Kreuzentropie</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="97" />
      <source>Loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="98" />
      <source>Accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="117" />
      <source>training loss (per batch)</source>
      <translation>Trainingsverlust (pro Batch)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="119" />
      <source>training loss (smoothed)</source>
      <translation>Trainingsverlust (geglättet)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="122" />
      <source>test loss (per epoch)</source>
      <translation>Testverlust (pro Epoche)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="124" />
      <source>training accuracy (running)</source>
      <translation>Trainingsgenauigkeit (laufend)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="127" />
      <source>test accuracy (per epoch)</source>
      <translation>Testgenauigkeit (pro Epoche)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="194" />
      <source>No training yet.</source>
      <translation>Noch kein Training.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="197" />
      <source>Training loss after {epochs} epochs: {loss} (smoothed).</source>
      <translation>Trainingsverlust nach {epochs} Epochen: {loss} (geglättet).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="199" />
      <source>Training accuracy (running) after {epochs} epochs: {accuracy}.</source>
      <translation>Trainingsgenauigkeit (laufend) nach {epochs} Epochen: {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="203" />
      <source>Test loss after epoch {epoch}: {loss}.</source>
      <translation>Testverlust nach Epoche {epoch}: {loss}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/curves.py" line="205" />
      <source>Test accuracy after epoch {epoch}: {accuracy}.</source>
      <translation>Testgenauigkeit nach Epoche {epoch}: {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="60" />
      <source>Your datasets: what Draw's 'Add to my dataset…' collected</source>
      <translation>Ihre Datensätze: was „Zu meinem Datensatz…“ im Tab Zeichnen gesammelt hat</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="62" />
      <source>Open image folder…</source>
      <translation>Bildordner öffnen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="78" />
      <source>The image as the network meets it: framed like a drawing, 28 × 28</source>
      <translation>Das Bild, wie das Netz es sieht: gerahmt wie eine Zeichnung, 28 × 28</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="81" />
      <source>Set this image aside</source>
      <translation>Dieses Bild beiseitelegen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="82" />
      <source>Moves it out of the dataset, into the folder's hidden .deleted folder</source>
      <translation>Verschiebt es aus dem Datensatz in den versteckten Ordner .deleted</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="84" />
      <source>Show the folder</source>
      <translation>Ordner zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="86" />
      <source>Train on it</source>
      <translation>Damit trainieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="87" />
      <source>Make this folder the dataset in the Train tab</source>
      <translation>Diesen Ordner im Tab Trainieren als Datensatz verwenden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="95" />
      <source>as the network
sees it</source>
      <translation>wie das Netz
es sieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="129" />
      <source>No dataset yet: draw in Draw and use 'Add to my dataset…', or open an image folder (one folder per class).</source>
      <translation>Noch kein Datensatz: Zeichnen Sie im Tab Zeichnen und nutzen Sie „Zu meinem Datensatz…“, oder öffnen Sie einen Bildordner (ein Ordner je Klasse).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="135" />
      <source>Cannot show this folder</source>
      <translation>Dieser Ordner kann nicht gezeigt werden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="139" />
      <source>{folder}: {classes} classes, {images} images</source>
      <translation>{folder}: {classes} Klassen, {images} Bilder</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="144" />
      <source>{name} · {count}</source>
      <translation>{name} · {count}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="189" />
      <source>{file} · {width}×{height} px</source>
      <translation>{file} · {width}×{height} px</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="204" />
      <source>Cannot set the image aside</source>
      <translation>Das Bild kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dataset_view.py" line="206" />
      <source>Set aside: {file} (it is in {folder} if you want it back)</source>
      <translation>Beiseitegelegt: {file} (es liegt in {folder}, falls Sie es zurückwollen)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="51" />
      <source>Page Up / Page Down</source>
      <translation>Bild auf / Bild ab</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="51" />
      <source>trace a unit of the previous or next layer (network diagram)</source>
      <translation>eine Einheit der vorigen oder nächsten Schicht verfolgen (Netzdiagramm)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="52" />
      <source>move the traced unit within its layer (network diagram)</source>
      <translation>die verfolgte Einheit in ihrer Schicht bewegen (Netzdiagramm)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="114" />
      <source>no output: {problem}</source>
      <translation>keine Ausgabe: {problem}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="115" />
      <source>no output</source>
      <translation>keine Ausgabe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="117" />
      <source>Layers: {layers}.</source>
      <translation>Schichten: {layers}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="122" />
      <source>{layer} unit ({y}, {x})</source>
      <translation>{layer} Einheit ({y}, {x})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="123" />
      <source>a unit of {layer}</source>
      <translation>eine Einheit von {layer}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="124" />
      <source>Traced: {where} sees {h}×{w} pixels of the input, rows {top}–{bottom}, columns {left}–{right}.</source>
      <translation>Verfolgt: {where} sieht {h}×{w} Pixel der Eingabe, Zeilen {top}–{bottom}, Spalten {left}–{right}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/diagram.py" line="297" />
      <source>sees {size}×{size}</source>
      <translation>sieht {size}×{size}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dialogs.py" line="16" />
      <source>Models (*.pt *.keras *.h5 *.onnx);;cnngui checkpoints (*.pt);;Keras models (*.keras *.h5);;ONNX models (*.onnx);;All files (*)</source>
      <translation>Modelle (*.pt *.keras *.h5 *.onnx);;cnngui-Checkpoints (*.pt);;Keras-Modelle (*.keras *.h5);;ONNX-Modelle (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/dialogs.py" line="18" />
      <source>cnngui checkpoints (*.pt);;All files (*)</source>
      <translation>cnngui-Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="33" />
      <source>Up / Down</source>
      <translation>Auf / Ab</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="33" />
      <source>move the window a row up or down (the convolution's output, focused)</source>
      <translation>das Fenster eine Zeile nach oben oder unten bewegen (die Ausgabe der Faltung, mit Fokus)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="34" />
      <source>Home / End</source>
      <translation>Pos1 / Ende</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="34" />
      <source>the first or the last position</source>
      <translation>die erste oder die letzte Position</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="109" />
      <source>{h}×{w}: {rows}.</source>
      <translation>{h}×{w}: {rows}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="111" />
      <source>{h}×{w}, values from {low} to {high}.</source>
      <translation>{h}×{w}, Werte von {low} bis {high}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="115" />
      <source>{count} of {total} computed so far.</source>
      <translation>{count} von {total} bisher berechnet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="117" />
      <source>The outer {padding} ring is zero padding.</source>
      <translation>Der äußere Ring der Breite {padding} ist Nullauffüllung.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="120" />
      <source>Window at row {y}, column {x}.</source>
      <translation>Fenster bei Zeile {y}, Spalte {x}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="121" />
      <source>Window: rows {top}–{bottom}, columns {left}–{right}.</source>
      <translation>Fenster: Zeilen {top}–{bottom}, Spalten {left}–{right}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/lab_grid.py" line="124" />
      <source>Marked: row {y}, column {x}.</source>
      <translation>Markiert: Zeile {y}, Spalte {x}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="30" />
      <source>choose the next unit of a map (feature maps, filters)</source>
      <translation>die nächste Einheit einer Karte wählen (Merkmalskarten, Filter)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="31" />
      <source>the previous or next map</source>
      <translation>die vorige oder nächste Karte</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="62" />
      <source>channel {channel}</source>
      <translation>Kanal {channel}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="76" />
      <source>Nothing to show yet.</source>
      <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="77" />
      <source>{count} maps of {h}×{w}</source>
      <translation>{count} Karten von {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="82" />
      <source>{size}; strongest: {strongest}.</source>
      <translation>{size}; am stärksten: {strongest}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/widgets/mosaic.py" line="86" />
      <source>Chosen: {name}{where}, value {value}.</source>
      <translation>Gewählt: {name}{where}, Wert {value}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="45" />
      <source>Join a class</source>
      <translation>Einer Klasse beitreten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="52" />
      <source>Joined as {name} at {url}.</source>
      <translation>Beigetreten als {name} unter {url}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="53" />
      <source>The teacher gives the class's address and your join code.</source>
      <translation>Die Lehrkraft gibt dir die Adresse der Klasse und deinen Beitrittscode.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="56" />
      <source>Class address:</source>
      <translation>Adresse der Klasse:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="57" />
      <source>Your name:</source>
      <translation>Dein Name:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="58" />
      <source>Join code:</source>
      <translation>Beitrittscode:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="60" />
      <source>Join</source>
      <translation>Beitreten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="61" />
      <source>Leave the class</source>
      <translation>Klasse verlassen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="76" />
      <source>Asking the class server…</source>
      <translation>Frage den Klassenserver …</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="85" />
      <source>Joined as {name} at {url}: your trainings are sent there.</source>
      <translation>Beigetreten als {name} unter {url}: Deine Trainings werden dorthin gesendet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="94" />
      <source>Left the class: nothing more is sent.</source>
      <translation>Klasse verlassen: Es wird nichts mehr gesendet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="129" />
      <source>Class: not reachable, {n} waiting</source>
      <translation>Klasse: nicht erreichbar, {n} warten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="133" />
      <source>Class: {name}</source>
      <translation>Klasse: {name}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="134" />
      <source>, {n} waiting</source>
      <translation>, {n} warten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_seat.py" line="135" />
      <source>Joined the class at {url} as {name}.</source>
      <translation>Der Klasse unter {url} als {name} beigetreten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="39" />
      <source>Student</source>
      <translation>Schüler/in</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="40" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="40" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="80" />
      <source>The gradebook ({students} students, {columns} questions and challenges) is in {file}.</source>
      <translation>Das Notenbuch ({students} Schüler, {columns} Fragen und Challenges) ist in {file}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="115" />
      <source>Class view</source>
      <translation>Klassenansicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="123" />
      <source>Choose runs (Ctrl or Shift for several) to overlay their curves below</source>
      <translation>Läufe wählen (Strg oder Umschalt für mehrere), um ihre Kurven unten übereinander zu zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="134" />
      <source>Show on the projector</source>
      <translation>Am Beamer zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="135" />
      <source>The chosen run's model becomes the model of Draw, Explore and Evaluate.</source>
      <translation>Das Modell des gewählten Laufs wird das Modell von Zeichnen, Erkunden und Auswerten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="142" />
      <source>Save as an image folder…</source>
      <translation>Als Bildordner speichern…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="144" />
      <source>Every seat's drawings of the chosen shared dataset as one image folder, a writer per student: train on it, or evaluate per writer</source>
      <translation>Die Zeichnungen aller Plätze des gewählten geteilten Datensatzes als ein Bildordner, ein Schreiber je Schüler: darauf trainieren oder je Schreiber auswerten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="147" />
      <source>Reading the class…</source>
      <translation>Lese die Klasse …</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="152" />
      <source>The class's drawings:</source>
      <translation>Zeichnungen der Klasse:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="154" />
      <source>Questions</source>
      <translation>Fragen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="155" />
      <source>Gradebook (CSV)…</source>
      <translation>Notenbuch (CSV)…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="156" />
      <source>A row per student: runs, best accuracy, each lesson question's first and latest answer, each challenge's place</source>
      <translation>Eine Zeile je Schüler: Läufe, beste Genauigkeit, erste und letzte Antwort auf jede Lektionsfrage, Platz in jeder Challenge</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="195" />
      <source>The class server can't be read: {error}</source>
      <translation>Der Klassenserver lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="226" />
      <source>{runs} runs of {students} students, {running} training now; read at {url}.</source>
      <translation>{runs} Läufe von {students} Schüler/innen, {running} trainieren gerade; gelesen unter {url}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="239" />
      <source>No qualifying run yet.</source>
      <translation>Noch kein Lauf erfüllt die Regel.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="283" />
      <source>Save the gradebook</source>
      <translation>Notenbuch speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="300" />
      <source>{name} ({count} students)</source>
      <translation>{name} ({count} Schüler)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="303" />
      <source>No seat has shared drawings yet (Draw → Add to my dataset…, Shared with the class)</source>
      <translation>Noch hat kein Platz Zeichnungen geteilt (Zeichnen → Zu meinem Datensatz…, Mit der Klasse geteilt)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="312" />
      <source>Where to save the class's drawings</source>
      <translation>Wohin die Zeichnungen der Klasse speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="321" />
      <source>Fetching the class's drawings of {name}…</source>
      <translation>Die Zeichnungen der Klasse von {name} werden geholt…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="324" />
      <source>{count} drawings of {students} students saved in {folder}: train on them (Train → Image folder…) or evaluate them per writer (Evaluate).</source>
      <translation>{count} Zeichnungen von {students} Schülern in {folder} gespeichert: darauf trainieren (Trainieren → Bildordner…) oder je Schreiber auswerten (Auswerten).</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="329" />
      <source>Fetching the class's drawings of {name}: {done} of {total}…</source>
      <translation>Die Zeichnungen der Klasse von {name} werden geholt: {done} von {total}…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="344" />
      <source>Fetching {student}'s model…</source>
      <translation>Hole das Modell von {student} …</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="350" />
      <source>{student}'s model ({run}) is on the projector: Draw, Explore and Evaluate show it.</source>
      <translation>Das Modell von {student} ({run}) ist am Beamer: Zeichnen, Erkunden und Auswerten zeigen es.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="369" />
      <source>The class's folder (where class serve runs)</source>
      <translation>Der Ordner der Klasse (wo class serve läuft)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_view.py" line="376" />
      <source>Cannot open the Class view</source>
      <translation>Die Klassenansicht lässt sich nicht öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="29" />
      <source>Latest vote</source>
      <translation>Letzte Abstimmung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="30" />
      <source>First vote</source>
      <translation>Erste Abstimmung</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="31" />
      <source>A student who tried again voted twice: show their first or their latest answer</source>
      <translation>Wer es nochmals versucht hat, hat zweimal abgestimmt: die erste oder die letzte Antwort zeigen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="33" />
      <source>Reveal the answers</source>
      <translation>Antworten aufdecken</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="34" />
      <source>The histogram stays hidden until you reveal it: the class votes, discusses, and votes again</source>
      <translation>Das Histogramm bleibt verdeckt, bis Sie es aufdecken: Die Klasse stimmt ab, diskutiert und stimmt nochmals ab</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="42" />
      <source>students</source>
      <translation>Schüler</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="43" />
      <source>The class's answers</source>
      <translation>Die Antworten der Klasse</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="71" />
      <source>Hide the answers</source>
      <translation>Antworten verdecken</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="75" />
      <source>No answers yet: they come when seats answer a lesson's questions.</source>
      <translation>Noch keine Antworten: Sie kommen, wenn Plätze die Fragen einer Lektion beantworten.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="78" />
      <source>{n} of {total} students have answered.</source>
      <translation>{n} von {total} Schülern haben geantwortet.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="80" />
      <source>Hidden until you reveal them.</source>
      <translation>Verdeckt, bis Sie sie aufdecken.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="96" />
      <source>The answer: {answer}.</source>
      <translation>Die Antwort: {answer}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="97" />
      <source>Right: {choices}.</source>
      <translation>Richtig: {choices}.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/class_votes.py" line="98" />
      <source>An opinion: no answer is wrong.</source>
      <translation>Eine Meinung: Keine Antwort ist falsch.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="38" />
      <source>cnngui — user guide</source>
      <translation>cnngui — Handbuch</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="41" />
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="44" />
      <source>Student's guide</source>
      <translation>Handbuch für Lernende</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="46" />
      <source>Teacher's guide</source>
      <translation>Handbuch für Lehrkräfte</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="48" />
      <source>Keyboard and screen readers</source>
      <translation>Tastatur und Bildschirmleser</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="67" />
      <source>User guide</source>
      <translation>Handbuch</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/guide.py" line="67" />
      <source>The guides are not installed with this copy of cnngui. They are in the docs/ folder of its source, and on the documentation site.</source>
      <translation>Die Handbücher sind mit dieser Kopie von cnngui nicht installiert. Sie liegen im Ordner docs/ des Quelltexts und auf der Dokumentationsseite.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="18" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="19" />
      <source>&amp;Open model…</source>
      <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="20" />
      <source>&amp;Save model as…</source>
      <translation>Modell &amp;speichern unter…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="21" />
      <source>Use the &amp;bundled model</source>
      <translation>&amp;Mitgeliefertes Modell verwenden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="22" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="27" />
      <source>Export model as &amp;ONNX…</source>
      <translation>Modell als &amp;ONNX exportieren…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="30" />
      <source>Export network as &amp;code…</source>
      <translation>Netz als &amp;Code exportieren…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="38" />
      <source>Open &amp;lesson…</source>
      <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="42" />
      <source>My &amp;datasets…</source>
      <translation>Meine &amp;Datensätze…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="44" />
      <source>Open &amp;image folder…</source>
      <translation>&amp;Bildordner öffnen…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="47" />
      <source>Bundled lessons</source>
      <translation>Mitgelieferte Lektionen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="58" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="60" />
      <source>Go to {tab}</source>
      <translation>Zu {tab} wechseln</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="70" />
      <source>&amp;Copy view as image</source>
      <translation>Ansicht als Bild &amp;kopieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="71" />
      <source>Save &amp;view as PNG or SVG…</source>
      <translation>Ansicht als PNG oder SVG &amp;speichern…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="76" />
      <source>&amp;Training</source>
      <translation>&amp;Training</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="79" />
      <source>&amp;Start training</source>
      <translation>Training &amp;starten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="80" />
      <source>&amp;Pause or resume</source>
      <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="81" />
      <source>S&amp;top training</source>
      <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="82" />
      <source>&amp;Export the curves as PNG…</source>
      <translation>Kurven als PNG &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="87" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="88" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="91" />
      <source>&amp;User guide</source>
      <translation>&amp;Handbuch</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="94" />
      <source>&amp;About cnngui</source>
      <translation>&amp;Über cnngui</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="105" />
      <source>Zoom &amp;in</source>
      <translation>Ver&amp;größern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="107" />
      <source>Zoom &amp;out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="109" />
      <source>&amp;Reset zoom</source>
      <translation>&amp;Originalgröße</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="115" />
      <source>&amp;Theme</source>
      <translation>&amp;Farbschema</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="132" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="137" />
      <source>System ({language})</source>
      <translation>System ({language})</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="150" />
      <source>Join a &amp;class…</source>
      <translation>Einer &amp;Klasse beitreten …</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="153" />
      <source>Class &amp;view (teacher)…</source>
      <translation>Klassen&amp;ansicht (Lehrkraft) …</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="195" />
      <source>choose an answer to the step's question</source>
      <translation>eine Antwort auf die Frage des Schritts wählen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="196" />
      <source>Enter</source>
      <translation>Eingabetaste</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="196" />
      <source>commit the prediction; the step then shows what happens</source>
      <translation>die Vorhersage festlegen; dann zeigt der Schritt, was geschieht</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="209" />
      <source>where</source>
      <translation>wo</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="209" />
      <source>keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="209" />
      <source>what</source>
      <translation>was</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="231" />
      <source>See a convolutional neural network learn MNIST, classify your handwriting, and open it up.</source>
      <translation>Sehen Sie einem Convolutional Neural Network zu, wie es MNIST lernt und Ihre Handschrift erkennt, und schauen Sie hinein.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="234" />
      <source>Devices:</source>
      <translation>Geräte:</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/menus.py" line="243" />
      <source>About cnngui</source>
      <translation>Über cnngui</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="19" />
      <source>Open model</source>
      <translation>Modell öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="30" />
      <source>loaded from {file}</source>
      <translation>geladen aus {file}</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="32" />
      <source>Cannot open model</source>
      <translation>Modell lässt sich nicht öffnen</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="35" />
      <source>Opened {file} ({source}); the file itself is unchanged.</source>
      <translation>{file} geöffnet ({source}); die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="38" />
      <source>Opened {file}</source>
      <translation>{file} geöffnet</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="43" />
      <source>Export model as ONNX</source>
      <translation>Modell als ONNX exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="44" />
      <source>ONNX models (*.onnx)</source>
      <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="55" />
      <source>Nothing to export</source>
      <translation>Nichts zu exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="55" />
      <source>There is no model yet: train one or open one first.</source>
      <translation>Es gibt noch kein Modell: Trainieren oder öffnen Sie zuerst eines.</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="61" />
      <source>Cannot export the model</source>
      <translation>Das Modell lässt sich nicht exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="63" />
      <source>Exported {file}: input 'image' (pixels 0..1), output 'probabilities'</source>
      <translation>{file} exportiert: Eingabe „image“ (Pixel 0..1), Ausgabe „probabilities“</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="71" />
      <source>Export network as code</source>
      <translation>Netz als Code exportieren</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="97" />
      <source>Save model as</source>
      <translation>Modell speichern unter</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="107" />
      <source>Nothing to save</source>
      <translation>Nichts zu speichern</translation>
    </message>
    <message>
      <location filename="../../cnngui/ui/window/model_files.py" line="112" />
      <source>Cannot save model</source>
      <translation>Modell lässt sich nicht speichern</translation>
    </message>
  </context>
</TS>
