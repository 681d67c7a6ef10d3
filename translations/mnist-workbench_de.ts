<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DataPage</name>
    <message>
        <location filename="../ui/datapage.ui" line="10"/>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="22"/>
        <source>&amp;Open folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="23"/>
        <source>Open any folder with the four MNIST-format IDX files (raw or .gz) (Ctrl+O)</source>
        <translation>Einen beliebigen Ordner mit den vier IDX-Dateien im MNIST-Format öffnen (unkomprimiert oder .gz) (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="35"/>
        <source>S&amp;plit:</source>
        <translation>Aufteil&amp;ung:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="41"/>
        <source>Standard (55,000 / 5,000 / 10,000)</source>
        <translation>Standard (55.000 / 5.000 / 10.000)</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="42"/>
        <source>Keras tutorial (60,000 / 5,000 / 5,000)</source>
        <translation>Keras-Tutorial (60.000 / 5.000 / 5.000)</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="47"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="53"/>
        <source>Seed that picks the 5,000 validation digits of the standard split</source>
        <translation>Startwert des Zufallsgenerators, der die 5.000 Validierungsziffern der Standardaufteilung auswählt</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="72"/>
        <source>Loading and verifying… %p%</source>
        <translation>Wird geladen und geprüft… %p %</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="87"/>
        <source>&amp;Show:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="94"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="95"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="96"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="101"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="119"/>
        <source>&amp;Zoom:</source>
        <translation>Zoo&amp;m:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="155"/>
        <source>Digits per class</source>
        <translation>Ziffern pro Klasse</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="165"/>
        <source>Selected digit, as the network sees it</source>
        <translation>Ausgewählte Ziffer, wie das Netz sie sieht</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="171"/>
        <source>&amp;Model input:</source>
        <translation>Modelle&amp;ingabe:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="198"/>
        <source>Per batch, on the training device: x / 127.5 − 1 (range [−1, 1]), bilinear resize (align_corners = false, no antialias), grey repeated to three channels.</source>
        <translation>Pro Batch auf dem Trainingsgerät: x / 127,5 − 1 (Bereich [−1, 1]), bilineare Skalierung (align_corners = false, ohne Antialiasing), Graustufen auf drei Kanäle wiederholt.</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <location filename="../ui/drawpage.ui" line="15"/>
        <source>The drawing board is in its own window.</source>
        <translation>Das Zeichenbrett ist in einem eigenen Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="20"/>
        <source>&amp;Bring it back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="48"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="49"/>
        <source>Clear the canvas (Esc, or right-click on it)</source>
        <translation>Zeichenfläche leeren (Esc oder Rechtsklick darauf)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="54"/>
        <source>&amp;Undo stroke</source>
        <translation>Strich &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="55"/>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>Den letzten Strich zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="60"/>
        <source>B&amp;rush:</source>
        <translation>&amp;Pinsel:</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="66"/>
        <source>Brush width in canvas pixels (the canvas is 280×280). MNIST&apos;s strokes are about 3 of the 20 pixels a digit is tall, so 28 suits a digit drawn about 200 pixels tall</source>
        <translation>Pinselbreite in Pixeln der Zeichenfläche (die Zeichenfläche ist 280×280 groß). Die Striche in MNIST sind etwa 3 der 20 Pixel breit, die eine Ziffer hoch ist; daher passt 28 zu einer etwa 200 Pixel hoch gezeichneten Ziffer</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="91"/>
        <source>Open &amp;picture…</source>
        <translation>&amp;Bild öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="92"/>
        <source>Classify a picture file (any size, grey or colour; dark ink on paper is inverted). You can also drop it onto the canvas.</source>
        <translation>Eine Bilddatei klassifizieren (beliebige Größe, Graustufen oder Farbe; dunkle Tinte auf Papier wird invertiert). Sie können sie auch auf die Zeichenfläche ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="97"/>
        <source>&amp;Save 28×28 PNG…</source>
        <translation>28×28-PNG &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="98"/>
        <source>Save the centred 28×28 digit, as the models see it before resizing</source>
        <translation>Die zentrierte 28×28-Ziffer speichern, so wie die Modelle sie vor dem Skalieren sehen</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="129"/>
        <source>What the network sees</source>
        <translation>Was das Netz sieht</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="139"/>
        <source>The ink&apos;s bounding box, at the canvas&apos;s resolution</source>
        <translation>Der umschließende Rahmen der Tinte, in der Auflösung der Zeichenfläche</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="144"/>
        <source>Cropped</source>
        <translation>Zugeschnitten</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="156"/>
        <source>Scaled to fit 20×20 keeping the aspect ratio; area averaging gives the grey edges</source>
        <translation>Unter Beibehaltung des Seitenverhältnisses in 20×20 eingepasst; die Flächenmittelung ergibt die grauen Ränder</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="161"/>
        <source>Fitted into 20×20</source>
        <translation>In 20×20 eingepasst</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="173"/>
        <source>Placed so its centre of mass is the centre of the 28×28 field: what MNIST&apos;s digits look like</source>
        <translation>So platziert, dass ihr Schwerpunkt in der Mitte des 28×28-Feldes liegt: So sehen die Ziffern in MNIST aus</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="178"/>
        <source>Centred 28×28</source>
        <translation>Zentriert 28×28</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="190"/>
        <source>The selected model&apos;s input: scaled to its range, resized to its input size, grey repeated to three channels</source>
        <translation>Die Eingabe des ausgewählten Modells: auf seinen Wertebereich skaliert, auf seine Eingabegröße gebracht, Graustufen auf drei Kanäle wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="195"/>
        <source>Model&apos;s view</source>
        <translation>Sicht des Modells</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="207"/>
        <source>Where a change of the pixels moves the selected model&apos;s score for its answer most (input gradient)</source>
        <translation>Wo eine Änderung der Pixel den Score des ausgewählten Modells für seine Antwort am stärksten verändert (Eingabegradient)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="212"/>
        <source>Saliency</source>
        <translation>Saliency</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="224"/>
        <source>&amp;Centre like MNIST (crop, fit 20×20, centre of mass)</source>
        <translation>Wie MNIST zen&amp;trieren (zuschneiden, in 20×20 einpassen, Schwerpunkt)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="225"/>
        <source>Off: the whole canvas is only scaled down to 28×28, so a digit drawn small or off-centre reaches the models that way</source>
        <translation>Aus: Die gesamte Zeichenfläche wird nur auf 28×28 verkleinert, sodass eine klein oder außermittig gezeichnete Ziffer die Modelle auch so erreicht</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="231"/>
        <source>Saliency on the ca&amp;nvas</source>
        <translation>Saliency auf der Zeiche&amp;nfläche</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="250"/>
        <source>&amp;Detach</source>
        <translation>Ab&amp;koppeln</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="251"/>
        <source>Move the drawing board into its own window (for a projector); close that window to bring it back</source>
        <translation>Das Zeichenbrett in ein eigenes Fenster verschieben (für einen Beamer); schließen Sie dieses Fenster, um es zurückzuholen</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="266"/>
        <source>Predictions (click a model to see its saliency)</source>
        <translation>Vorhersagen (klicken Sie auf ein Modell, um seine Saliency zu sehen)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="299"/>
        <source>Models (tick the ones that classify)</source>
        <translation>Modelle (kreuzen Sie die an, die klassifizieren sollen)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="304"/>
        <source>Trained runs from the run store and checkpoints you loaded</source>
        <translation>Trainierte Läufe aus der Laufablage und von Ihnen geladene Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="311"/>
        <source>Load &amp;checkpoint…</source>
        <translation>&amp;Checkpoint laden…</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="312"/>
        <source>Add a run folder&apos;s best.safetensors, or any MNIST Workbench checkpoint</source>
        <translation>Die best.safetensors eines Laufordners oder einen beliebigen MNIST-Workbench-Checkpoint hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="317"/>
        <source>Re&amp;fresh runs</source>
        <translation>Läufe neu &amp;einlesen</translation>
    </message>
</context>
<context>
    <name>ExperimentPage</name>
    <message>
        <location filename="../ui/experimentpage.ui" line="11"/>
        <source>Re&amp;cipe:</source>
        <translation>&amp;Rezept:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="21"/>
        <source>Fill the page with one of the tutorials&apos; experiments (resources/recipes; $MNIST_WORKBENCH_RECIPES points elsewhere)</source>
        <translation>Die Seite mit einem der Experimente aus den Tutorials füllen (resources/recipes; $MNIST_WORKBENCH_RECIPES verweist auf einen anderen Ort)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="50"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="56"/>
        <source>Tick the models to run; each becomes one run. Double-click a backbone&apos;s input size to change it.</source>
        <translation>Kreuzen Sie die Modelle an, die laufen sollen; jedes wird zu einem Lauf. Doppelklicken Sie auf die Eingabegröße eines Backbones, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="72"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="77"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="82"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="87"/>
        <source>Head phase trains</source>
        <translation>Head-Phase trainiert</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="92"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="130"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="139"/>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="149"/>
        <source>The dataset the runs train and test on (the Data page&apos;s choice)</source>
        <translation>Der Datensatz, auf dem die Läufe trainieren und testen (die Auswahl der Seite Daten)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="156"/>
        <source>S&amp;plit:</source>
        <translation>Aufteil&amp;ung:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="166"/>
        <source>Standard: 55,000 train / 5,000 validation (drawn by the seed) / the official 10,000 test.
Keras tutorial: all 70,000 in official order, 60,000 / 5,000 / 5,000.</source>
        <translation>Standard: 55.000 Training / 5.000 Validierung (per Startwert gezogen) / die offiziellen 10.000 Test.
Keras-Tutorial: alle 70.000 in offizieller Reihenfolge, 60.000 / 5.000 / 5.000.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="171"/>
        <source>Standard (55,000 / 5,000 / 10,000)</source>
        <translation>Standard (55.000 / 5.000 / 10.000)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="176"/>
        <source>Keras tutorial (60,000 / 5,000 / 5,000)</source>
        <translation>Keras-Tutorial (60.000 / 5.000 / 5.000)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="184"/>
        <source>Training &amp;digits:</source>
        <translation>Trainings&amp;ziffern:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="194"/>
        <source>Keep only the first N training digits (All: the whole training part); quick demos use a few thousand</source>
        <translation>Nur die ersten N Trainingsziffern behalten (Alle: der gesamte Trainingsteil); schnelle Demos verwenden einige Tausend</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="206"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="216"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="226"/>
        <source>Seed of the validation split, the initial weights, shuffling, dropout and augmentation</source>
        <translation>Startwert für die Validierungsaufteilung, die Anfangsgewichte, das Mischen, Dropout und Augmentierung</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="245"/>
        <source>Head phase (a baseline&apos;s only phase)</source>
        <translation>Head-Phase (die einzige Phase eines Vergleichsmodells)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="438"/>
        <source>A torchvision/PyTorch state dict (.pth) or safetensors file for the ticked backbones (Pretrain… makes one), or Keras .h5 weights for the Keras backbones; it is read and checked before any run starts</source>
        <translation>Ein torchvision/PyTorch-State-Dict (.pth) oder eine safetensors-Datei für die angekreuzten Backbones (Vortrainieren… erzeugt eine) oder Keras-.h5-Gewichte für die Keras-Backbones; sie wird gelesen und geprüft, bevor ein Lauf startet</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="441"/>
        <source>.pth, .safetensors or Keras .h5</source>
        <translation>.pth, .safetensors oder Keras-.h5</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="538"/>
        <source>How pixels are scaled: the tutorial&apos;s [-1, 1], ImageNet mean/std (what torchvision&apos;s ImageNet weights expect), or Keras&apos;s &quot;caffe&quot; mode (BGR minus the ImageNet mean: Keras&apos;s ResNet50 and VGG16 weights)</source>
        <translation>Wie Pixel skaliert werden: [-1, 1] wie im Tutorial, ImageNet-Mittelwert/Standardabweichung (was die ImageNet-Gewichte von torchvision erwarten) oder Keras’ „caffe“-Modus (BGR minus ImageNet-Mittelwert: die ResNet50- und VGG16-Gewichte von Keras)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="755"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>A torchvision/PyTorch state dict (.pth) or safetensors file for the ticked backbones (Pretrain… makes one); it is read and checked before any run starts</source>
        <translation type="vanished">Ein torchvision/PyTorch-State-Dict (.pth) oder eine safetensors-Datei für die angekreuzten Backbones (Vortrainieren… erzeugt eine); sie wird gelesen und geprüft, bevor ein Lauf startet</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="254"/>
        <source>From &amp;scratch:</source>
        <translation>Von &amp;Grund auf:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="262"/>
        <source>Learning rate of the networks trained from scratch (Dense, MLP, CNNs): they want about 10x the rate of a new head on a pretrained backbone</source>
        <translation>Lernrate der von Grund auf trainierten Netze (Dense, MLP, CNNs): Sie brauchen etwa das 10-Fache der Rate eines neuen Heads auf einem vortrainierten Backbone</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="273"/>
        <source>Fine-tune phase (backbones)</source>
        <translation>Fine-Tuning-Phase (Backbones)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="282"/>
        <source>&amp;Frozen layers:</source>
        <translation>Einge&amp;frorene Schichten:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="290"/>
        <source>Keep the backbone&apos;s first K layers frozen while fine-tuning (0: train all but BatchNorm)</source>
        <translation>Die ersten K Schichten des Backbones beim Fine-Tuning eingefroren lassen (0: alle außer BatchNorm trainieren)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="302"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="310"/>
        <source>Backbone weights</source>
        <translation>Backbone-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="319"/>
        <source>&amp;Weights:</source>
        <translation>Gew&amp;ichte:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="331"/>
        <source>Where the backbones&apos; weights come from (baselines always start from scratch)</source>
        <translation>Woher die Gewichte der Backbones stammen (Vergleichsmodelle beginnen immer von Grund auf)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="335"/>
        <source>Random init</source>
        <translation>Zufällige Initialisierung</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="340"/>
        <source>From a file…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="345"/>
        <source>ImageNet weights (catalog)</source>
        <translation>ImageNet-Gewichte (Katalog)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="353"/>
        <source>Pretrain a backbone here on another dataset (such as Fashion-MNIST) and use its weights from a file</source>
        <translation>Ein Backbone hier auf einem anderen Datensatz (etwa Fashion-MNIST) vortrainieren und seine Gewichte aus einer Datei verwenden</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="356"/>
        <source>Pretra&amp;in…</source>
        <translation>&amp;Vortrainieren…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="372"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="382"/>
        <source>ImageNet:</source>
        <translation>ImageNet:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="397"/>
        <source>The catalog&apos;s ImageNet weights for each ticked backbone (File &gt; Weights… lists them all); each run uses the normalization its weights were trained with</source>
        <translation>Die ImageNet-Gewichte des Katalogs für jedes angekreuzte Backbone (Datei &gt; Gewichte… listet sie alle auf); jeder Lauf verwendet die Normalisierung, mit der seine Gewichte trainiert wurden</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="412"/>
        <source>Download and verify the ImageNet weights that the ticked backbones lack; the window stays usable, and Run queues its runs once they are here</source>
        <translation>Die ImageNet-Gewichte, die den angekreuzten Backbones fehlen, herunterladen und prüfen; das Fenster bleibt benutzbar, und Starten reiht die Läufe ein, sobald sie vorhanden sind</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="415"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>.pth or .safetensors</source>
        <translation type="vanished">.pth oder .safetensors</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="448"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="457"/>
        <source>&amp;TorchScript:</source>
        <translation>TorchScri&amp;pt:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="469"/>
        <source>The module saved with torch.jit.save that “Your TorchScript module” runs as its backbone, with its own weights; it is loaded and probed before any run starts</source>
        <translation>Das mit torch.jit.save gespeicherte Modul, das „Ihr TorchScript-Modul“ als Backbone ausführt, mit seinen eigenen Gewichten; es wird geladen und probeweise ausgeführt, bevor ein Lauf startet</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="472"/>
        <source>A .pt module</source>
        <translation>Ein .pt-Modul</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="479"/>
        <source>Brow&amp;se…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="493"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="502"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="512"/>
        <source>Digits per training step (both phases)</source>
        <translation>Ziffern pro Trainingsschritt (beide Phasen)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="528"/>
        <source>&amp;Normalization:</source>
        <translation>&amp;Normalisierung:</translation>
    </message>
    <message>
        <source>How pixels are scaled: the tutorial&apos;s [-1, 1], or ImageNet mean/std (what torchvision&apos;s ImageNet weights expect)</source>
        <translation type="vanished">Wie die Pixel skaliert werden: [-1, 1] wie im Tutorial oder ImageNet-Mittelwert/-Standardabweichung (was die ImageNet-Gewichte von torchvision erwarten)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="542"/>
        <source>Tutorial: [-1, 1]</source>
        <translation>Tutorial: [-1, 1]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="547"/>
        <source>ImageNet mean / std</source>
        <translation>ImageNet-Mittelwert / Standardabw.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="552"/>
        <source>Caffe: BGR minus ImageNet mean</source>
        <translation>Caffe: BGR minus ImageNet-Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="560"/>
        <source>Cache backbone features in the head phase</source>
        <translation>Backbone-Merkmale in der Head-Phase zwischenspeichern</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="563"/>
        <source>The frozen backbone&apos;s features are computed once and reused every head epoch (not with augmentation)</source>
        <translation>Die Merkmale des eingefrorenen Backbones werden einmal berechnet und in jeder Head-Epoche wiederverwendet (nicht mit Augmentierung)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="573"/>
        <source>&amp;Augment training digits</source>
        <translation>Trainingsziffern &amp;augmentieren</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="576"/>
        <source>Random rotation, shift, zoom and shear of each training digit, drawn per batch</source>
        <translation>Zufällige Drehung, Verschiebung, Zoom und Scherung jeder Trainingsziffer, pro Batch neu gezogen</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="586"/>
        <source>&amp;Rotation:</source>
        <translation>&amp;Drehung:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="596"/>
        <source>Uniform in [-r, r]</source>
        <translation>Gleichverteilt in [-r, r]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="614"/>
        <location filename="../ui/experimentpage.ui" line="713"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="621"/>
        <source>S&amp;hift:</source>
        <translation>&amp;Verschiebung:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="631"/>
        <source>Fraction of the side, uniform in [-s, s] per axis</source>
        <translation>Anteil der Seitenlänge, gleichverteilt in [-s, s] je Achse</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="653"/>
        <source>&amp;Zoom:</source>
        <translation>Zoo&amp;m:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="663"/>
        <source>Scale uniform in [1 - z, 1 + z]</source>
        <translation>Skalierung gleichverteilt in [1 - z, 1 + z]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="685"/>
        <source>Shea&amp;r:</source>
        <translation>Sc&amp;herung:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="695"/>
        <source>Degrees, uniform in [-s, s]</source>
        <translation>Grad, gleichverteilt in [-s, s]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="720"/>
        <source>Horizontal flips (wrong for digits)</source>
        <translation>Horizontale Spiegelungen (falsch für Ziffern)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="723"/>
        <source>Offered because the tutorials did: a flipped 2 is not a 2</source>
        <translation>Angeboten, weil die Tutorials es taten: Eine gespiegelte 2 ist keine 2</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="733"/>
        <source>Shi&amp;fted digits:</source>
        <translation>Verschobene Zi&amp;ffern:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="743"/>
        <source>Every digit (train, validation and test) sits at its own random position on a black canvas of this size, fixed by the seed: a test of translation robustness (the MLP-vs-CNN tutorial used 48). Off: digits as they are.</source>
        <translation>Jede Ziffer (Training, Validierung und Test) liegt an ihrer eigenen zufälligen Position auf einer schwarzen Fläche dieser Größe, festgelegt durch den Startwert: ein Test der Robustheit gegen Verschiebung (das MLP-vs-CNN-Tutorial verwendete 48). Aus: Ziffern unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="758"/>
        <source> px canvas</source>
        <translation> px Fläche</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="768"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="777"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="787"/>
        <source>Where the runs train; Auto takes a GPU when there is one</source>
        <translation>Wo die Läufe trainieren; Auto nimmt eine GPU, wenn eine vorhanden ist</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="794"/>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="814"/>
        <source>Runs at &amp;once:</source>
        <translation>&amp;Parallele Läufe:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="824"/>
        <source>How many runs train at the same time; the CPU cores are split between them</source>
        <translation>Wie viele Läufe gleichzeitig trainieren; die CPU-Kerne werden unter ihnen aufgeteilt</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="840"/>
        <source>Allow several runs on one GPU</source>
        <translation>Mehrere Läufe auf einer GPU erlauben</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="843"/>
        <source>Off: runs on a GPU wait for each other</source>
        <translation>Aus: Läufe auf einer GPU warten aufeinander</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="904"/>
        <source>S&amp;weep…</source>
        <translation>S&amp;weep…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="907"/>
        <source>Run these settings many times with some of them varied: on this computer or a Slurm cluster</source>
        <translation>Diese Einstellungen vielfach ausführen, einige davon variiert: auf diesem Rechner oder einem Slurm-Cluster</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="914"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="917"/>
        <source>Queue one run per ticked model and watch them on the Training page (Ctrl+R)</source>
        <translation>Einen Lauf pro angekreuztem Modell einreihen und auf der Seite Training verfolgen (Strg+R)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../src/app/format.cpp" line="13"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="16"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="17"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="29"/>
        <source>ImageNet mean/std</source>
        <translation>ImageNet-Mittelwert/Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="32"/>
        <source>BGR minus ImageNet mean (caffe)</source>
        <translation>BGR minus ImageNet-Mittelwert (caffe)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="63"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="63"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="95"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>PhaseSettings</name>
    <message>
        <location filename="../ui/phasesettings.ui" line="24"/>
        <source>&amp;Epochs (at most):</source>
        <translation>&amp;Epochen (höchstens):</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="47"/>
        <source>&amp;Patience:</source>
        <translation>&amp;Geduld:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="57"/>
        <source>Early stopping: stop after this many epochs without a better validation accuracy, and keep the best epoch&apos;s weights (Off: run every epoch)</source>
        <translation>Early Stopping: nach so vielen Epochen ohne bessere Validierungsgenauigkeit anhalten und die Gewichte der besten Epoche behalten (Aus: alle Epochen durchlaufen)</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="69"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="72"/>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="79"/>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="89"/>
        <source>Optimizer of this phase</source>
        <translation>Optimierer dieser Phase</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="96"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="106"/>
        <source>Learning rate of this phase, e.g. 1e-4 or 0.0001</source>
        <translation>Lernrate dieser Phase, z. B. 1e-4 oder 0.0001</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="116"/>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momentum:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="126"/>
        <source>Momentum of SGD and RMSprop (Adam has its own)</source>
        <translation>Momentum für SGD und RMSprop (Adam hat ein eigenes)</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="148"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="151"/>
        <source>SGD with Nesterov momentum (needs a momentum above 0)</source>
        <translation>SGD mit Nesterov-Momentum (erfordert ein Momentum über 0)</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="161"/>
        <source>Batch si&amp;ze:</source>
        <translation>Ba&amp;tch-Größe:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="177"/>
        <source>Digits per step in this phase; the head on cached features can take far larger batches (e.g. 256) than fine-tuning</source>
        <translation>Ziffern pro Schritt in dieser Phase; der Head auf zwischengespeicherten Merkmalen verträgt viel größere Batches (z. B. 256) als das Fine-Tuning</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="189"/>
        <source>The run&apos;s batch size</source>
        <translation>Batch-Größe des Laufs</translation>
    </message>
</context>
<context>
    <name>PretrainDialog</name>
    <message>
        <location filename="../ui/pretraindialog.ui" line="6"/>
        <source>Pretrain a backbone</source>
        <translation>Ein Backbone vortrainieren</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="12"/>
        <source>Trains a backbone from random weights together with a head, end to end, on another dataset, and writes the backbone&apos;s weights; a transfer run on the Experiment page then starts from them. Split, seed, batch size, normalization and device are the Experiment page&apos;s.</source>
        <translation>Trainiert ein Backbone ausgehend von zufälligen Gewichten zusammen mit einem Head durchgehend (End-to-End) auf einem anderen Datensatz und schreibt die Gewichte des Backbones; ein Transfer-Lauf auf der Seite Experiment startet dann von ihnen aus. Aufteilung, Startwert, Batchgröße, Normalisierung und Gerät stammen von der Seite Experiment.</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="27"/>
        <source>&amp;Backbone:</source>
        <translation>&amp;Backbone:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="37"/>
        <source>The network whose backbone learns; its head is dropped afterwards</source>
        <translation>Das Netz, dessen Backbone lernt; sein Head wird danach verworfen</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="44"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="54"/>
        <source>What the backbone learns on: another MNIST-format dataset than the one it will transfer to (Fashion-MNIST ships in Debian)</source>
        <translation>Worauf das Backbone lernt: ein anderer Datensatz im MNIST-Format als der, auf den es übertragen wird (Fashion-MNIST wird mit Debian ausgeliefert)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="61"/>
        <source>&amp;Epochs (at most):</source>
        <translation>&amp;Epochen (höchstens):</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="71"/>
        <source>Stops early after 3 epochs without a better validation accuracy and keeps the best epoch&apos;s weights</source>
        <translation>Hält nach 3 Epochen ohne bessere Validierungsgenauigkeit vorzeitig an und behält die Gewichte der besten Epoche</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="87"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="97"/>
        <source>Adam&apos;s learning rate (write 1e-3 or 0.001)</source>
        <translation>Lernrate von Adam (schreiben Sie 1e-3 oder 0.001)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="107"/>
        <source>Training &amp;digits:</source>
        <translation>Trainings&amp;ziffern:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="117"/>
        <source>Keep only the first N training digits (All: the whole training part)</source>
        <translation>Nur die ersten N Trainingsziffern behalten (Alle: der gesamte Trainingsteil)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="120"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="133"/>
        <source>&amp;Input size:</source>
        <translation>E&amp;ingabegröße:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="143"/>
        <source>The digits are resized to this side; use the same size for the transfer run</source>
        <translation>Die Ziffern werden auf diese Seitenlänge skaliert; verwenden Sie dieselbe Größe für den Transfer-Lauf</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="156"/>
        <source>&amp;Output file:</source>
        <translation>&amp;Ausgabedatei:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="168"/>
        <source>The safetensors file the backbone&apos;s weights go to (written only when an epoch finished, never half-written)</source>
        <translation>Die safetensors-Datei, in die die Gewichte des Backbones geschrieben werden (nur nach einer abgeschlossenen Epoche, nie halb geschrieben)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="175"/>
        <source>B&amp;rowse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="216"/>
        <source>One row per finished epoch; the best one (the weights that are written) in bold</source>
        <translation>Eine Zeile pro abgeschlossener Epoche; die beste (deren Gewichte geschrieben werden) fett</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="229"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="234"/>
        <source>Training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="239"/>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="244"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="267"/>
        <source>Start pretraining on the app&apos;s thread pool; the app stays usable meanwhile</source>
        <translation>Das Vortraining im Thread-Pool der Anwendung starten; die Anwendung bleibt währenddessen benutzbar</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="270"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="277"/>
        <source>Stop within a batch; nothing is written</source>
        <translation>Innerhalb eines Batches anhalten; es wird nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="280"/>
        <source>&amp;Cancel pretraining</source>
        <translation>&amp;Vortraining abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="294"/>
        <source>Put the file into the Experiment page&apos;s weights field and tick this backbone at this input size</source>
        <translation>Die Datei in das Gewichtsfeld der Seite Experiment eintragen und dieses Backbone mit dieser Eingabegröße ankreuzen</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="297"/>
        <source>&amp;Use these weights</source>
        <translation>Diese &amp;Gewichte verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="304"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="38"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="39"/>
        <source>Fine-tune</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="42"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="27"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="29"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="31"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="40"/>
        <source>%1: cannot save a figure as &quot;%2&quot; (choose %3)</source>
        <translation>%1: Eine Abbildung kann nicht als „%2“ gespeichert werden (wählen Sie %3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="53"/>
        <source>%1: cannot write the image</source>
        <translation>%1: Das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="64"/>
        <source>%1: cannot write the PDF</source>
        <translation>%1: Das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="77"/>
        <source>%1: cannot write the SVG</source>
        <translation>%1: Das SVG kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="83"/>
        <source>%1: could not be written</source>
        <translation>%1: konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../ui/resultspage.ui" line="10"/>
        <source>McNemar &amp;reference:</source>
        <translation>McNemar-&amp;Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="16"/>
        <source>The run every other run is compared with in the McNemar column (same dataset, split and test digits only)</source>
        <translation>Der Lauf, mit dem jeder andere Lauf in der Spalte McNemar verglichen wird (nur bei gleichem Datensatz, gleicher Aufteilung und gleichen Testziffern)</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="23"/>
        <source>Show every run, or only the trials of one sweep</source>
        <translation>Alle Läufe zeigen oder nur die Versuche eines Sweeps</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="35"/>
        <source>Re&amp;load runs</source>
        <translation>Läufe &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="36"/>
        <source>Read the run store folder again</source>
        <translation>Den Ordner der Laufablage erneut einlesen</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="41"/>
        <source>E&amp;xport table</source>
        <translation>Tabelle e&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="42"/>
        <source>Save the table, in the order shown, as CSV or JSON</source>
        <translation>Die Tabelle in der angezeigten Reihenfolge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="50"/>
        <source>Res&amp;ume run</source>
        <translation>Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="51"/>
        <source>Go on with the selected cancelled run from its last saved epoch; it ends as it would have without the stop</source>
        <translation>Den gewählten abgebrochenen Lauf ab seiner zuletzt gesicherten Epoche fortsetzen; er endet, wie er ohne den Abbruch geendet hätte</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="56"/>
        <source>&amp;Delete run…</source>
        <translation>Lauf &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="57"/>
        <source>Delete the selected run&apos;s folder (result, checkpoint and log) (Del)</source>
        <translation>Den Ordner des ausgewählten Laufs löschen (Ergebnis, Checkpoint und Log) (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="84"/>
        <source>Run&amp;time</source>
        <translation>Lauf&amp;zeit</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="96"/>
        <source>&amp;Accuracy</source>
        <translation>&amp;Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="108"/>
        <source>C&amp;urves</source>
        <translation>&amp;Kurven</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="109"/>
        <source>The selected run&apos;s accuracy and loss per epoch, with the marker where fine-tuning began</source>
        <translation>Genauigkeit und Verlust des gewählten Laufs je Epoche, mit der Markierung, wo das Fine-Tuning begann</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="132"/>
        <source>Save c&amp;hart…</source>
        <translation>Diagramm &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="133"/>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>Das angezeigte Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="146"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="152"/>
        <source>Click a cell to see its test digits</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Testziffern zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="165"/>
        <source>Save &amp;matrix…</source>
        <translation>&amp;Matrix speichern…</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="166"/>
        <source>Save the confusion matrix as PNG, SVG or PDF</source>
        <translation>Die Konfusionsmatrix als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="179"/>
        <source>Most &amp;common confusions</source>
        <translation>Häufigste &amp;Verwechslungen</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="185"/>
        <source>The matrix&apos;s largest error cells; pick one to see its digits</source>
        <translation>Die größten Fehlerzellen der Matrix; wählen Sie eine aus, um ihre Ziffern zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="194"/>
        <source>Select a run</source>
        <translation>Wählen Sie einen Lauf</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="14"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="24"/>
        <source>The language of the menus, pages and messages; it changes at once</source>
        <translation>Die Sprache der Menüs, Seiten und Meldungen; sie wechselt sofort</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="31"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="41"/>
        <source>Light or dark colours; plots and charts follow</source>
        <translation>Helle oder dunkle Farben; Kurven und Diagramme folgen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="48"/>
        <source>Weights &amp;mirror:</source>
        <translation>Spiegelserver für &amp;Gewichte:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="58"/>
        <source>A base URL that replaces the host of every weights download (for example http://mirror.lab/pytorch turns https://download.pytorch.org/models/x.pth into http://mirror.lab/pytorch/models/x.pth); empty: download from where the catalog says</source>
        <translation>Eine Basis-URL, die den Host jedes Gewichts-Downloads ersetzt (zum Beispiel wird mit http://mirror.lab/pytorch aus https://download.pytorch.org/models/x.pth die Adresse http://mirror.lab/pytorch/models/x.pth); leer: von dort herunterladen, wo der Katalog es angibt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="61"/>
        <source>none: download from the catalog&apos;s URLs</source>
        <translation>keiner: von den URLs des Katalogs herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="80"/>
        <source>Window layout, the last dataset and the experiment settings are kept between sessions.</source>
        <translation>Fensteraufteilung, der zuletzt geöffnete Datensatz und die Experiment-Einstellungen bleiben zwischen Sitzungen erhalten.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/sweepdialog.ui" line="6"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="12"/>
        <source>Runs the Experiment page&apos;s settings many times: one trial per combination of the values below (or a random choice of them). Every trial is checked before anything runs, and each becomes a run of its own.</source>
        <translation>Führt die Einstellungen der Seite „Experiment“ vielfach aus: ein Versuch je Kombination der Werte unten (oder eine zufällige Auswahl davon). Jeder Versuch wird geprüft, bevor etwas läuft, und jeder wird ein eigener Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="22"/>
        <source>One row per setting to vary: its values separated by commas (learning rates as 1e-4, whole numbers, true/false, or a list such as [128,64])</source>
        <translation>Eine Zeile je variierter Einstellung: ihre Werte durch Kommas getrennt (Lernraten als 1e-4, ganze Zahlen, true/false oder eine Liste wie [128,64])</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="35"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="40"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="50"/>
        <source>&amp;Add setting</source>
        <translation>Einstellung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="57"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="64"/>
        <source>&amp;Log range…</source>
        <translation>&amp;Log-Bereich…</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="67"/>
        <source>Fill the selected row with values evenly spaced on a log scale (for learning rates)</source>
        <translation>Die gewählte Zeile mit Werten füllen, die auf logarithmischer Skala gleich weit auseinanderliegen (für Lernraten)</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="85"/>
        <source>Every &amp;combination</source>
        <translation>Jede &amp;Kombination</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="95"/>
        <source>&amp;Random choice of</source>
        <translation>&amp;Zufällige Auswahl von</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="115"/>
        <source>dra&amp;wn with seed</source>
        <translation>gezogen mit &amp;Seed</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="153"/>
        <source>R&amp;un on:</source>
        <translation>Ausf&amp;ühren auf:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="166"/>
        <source>Sweep &amp;folder:</source>
        <translation>Sweep-&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="178"/>
        <source>A new folder: sweep.json and one run folder per trial go there (on Slurm, a folder the nodes share)</source>
        <translation>Ein neuer Ordner: sweep.json und ein Laufordner je Versuch kommen hinein (bei Slurm ein Ordner, den die Knoten teilen)</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="185"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="196"/>
        <source>Slurm cluster</source>
        <translation>Slurm-Cluster</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="202"/>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="212"/>
        <source>the cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="219"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="232"/>
        <source>Per &amp;trial:</source>
        <translation>Je &amp;Versuch:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="244"/>
        <source> CPUs</source>
        <translation> CPUs</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="257"/>
        <source> GPUs</source>
        <translation> GPUs</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="267"/>
        <source>memory, e.g. 8G</source>
        <translation>Speicher, z.&#xa0;B. 8G</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="274"/>
        <source>time, e.g. 02:00:00</source>
        <translation>Zeit, z.&#xa0;B. 02:00:00</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="283"/>
        <source>Trials at &amp;once:</source>
        <translation>Versuche &amp;gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="293"/>
        <source>as many as Slurm starts</source>
        <translation>so viele, wie Slurm startet</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="303"/>
        <source>CLI on the &amp;nodes:</source>
        <translation>CLI auf den &amp;Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="313"/>
        <source>mnist-workbench-cli as the nodes find it: a path, or a name on their PATH</source>
        <translation>mnist-workbench-cli, wie die Knoten es finden: ein Pfad oder ein Name in ihrem PATH</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="320"/>
        <source>&amp;Shared folder:</source>
        <translation>&amp;Gemeinsamer Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="330"/>
        <source>Where new sweeps go: a folder the nodes see at the same path (the dataset must be on a shared filesystem too)</source>
        <translation>Wohin neue Sweeps kommen: ein Ordner, den die Knoten unter demselben Pfad sehen (auch der Datensatz muss auf einem gemeinsamen Dateisystem liegen)</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="337"/>
        <source>More #SBATCH &amp;lines:</source>
        <translation>Weitere #SBATCH-&amp;Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="347"/>
        <source>one per line, e.g. --qos=short</source>
        <translation>eine je Zeile, z.&#xa0;B. --qos=short</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="362"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="365"/>
        <source>Submit a one-second job with these settings and show what Slurm says</source>
        <translation>Einen einsekündigen Job mit diesen Einstellungen einreichen und zeigen, was Slurm sagt</translation>
    </message>
</context>
<context>
    <name>SweepWindow</name>
    <message>
        <location filename="../ui/sweepwindow.ui" line="6"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="44"/>
        <source>Accuracy by setting</source>
        <translation>Genauigkeit je Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="52"/>
        <source>&amp;Plot against:</source>
        <translation>&amp;Auftragen gegen:</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="85"/>
        <source>Learning curves</source>
        <translation>Lernkurven</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="108"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="111"/>
        <source>Read the trials&apos; folders again (every two seconds by itself while trials are queued or training)</source>
        <translation>Die Ordner der Versuche neu lesen (von selbst alle zwei Sekunden, solange Versuche warten oder trainieren)</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="118"/>
        <source>&amp;Cancel sweep</source>
        <translation>Sweep a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="121"/>
        <source>Stop the trials that are queued or training; finished trials are kept</source>
        <translation>Wartende und trainierende Versuche anhalten; fertige Versuche bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="128"/>
        <source>Cancel &amp;trial</source>
        <translation>&amp;Versuch abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="131"/>
        <source>Stop the selected trial&apos;s Slurm task; Resume goes on with it later</source>
        <translation>Die Slurm-Aufgabe des gewählten Versuchs anhalten; „Fortsetzen“ macht später mit ihm weiter</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="138"/>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="141"/>
        <source>Run again every trial that did not finish, where the sweep ran; stopped trials go on from their last saved state</source>
        <translation>Jeden nicht beendeten Versuch erneut ausführen, dort, wo der Sweep lief; angehaltene Versuche machen an ihrem zuletzt gespeicherten Stand weiter</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="155"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../ui/trainingpage.ui" line="11"/>
        <source>&amp;View:</source>
        <translation>An&amp;sicht:</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="21"/>
        <source>All runs side by side (accuracy above, loss below), or one run large</source>
        <translation>Alle Läufe nebeneinander (Genauigkeit oben, Verlust unten) oder ein Lauf groß</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="25"/>
        <source>All runs (grid)</source>
        <translation>Alle Läufe (Raster)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="30"/>
        <source>One run</source>
        <translation>Ein Lauf</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="38"/>
        <source>The run the single view shows</source>
        <translation>Der Lauf, den die Einzelansicht zeigt</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="67"/>
        <source>&amp;Export plot…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="70"/>
        <source>Save the curves as they are shown (PNG, PDF, SVG where available)</source>
        <translation>Die Kurven wie angezeigt speichern (PNG, PDF, SVG sofern verfügbar)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="77"/>
        <source>Cancel &amp;all</source>
        <translation>Alle a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="80"/>
        <source>Stop every run: running ones keep their best weights so far, waiting ones are dropped</source>
        <translation>Alle Läufe anhalten: Laufende behalten ihre bisher besten Gewichte, wartende werden verworfen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="87"/>
        <source>C&amp;lear finished</source>
        <translation>Beendete ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="90"/>
        <source>Remove finished, cancelled and failed runs from this page (their folders stay; the Results page keeps them)</source>
        <translation>Beendete, abgebrochene und fehlgeschlagene Läufe von dieser Seite entfernen (ihre Ordner bleiben erhalten; die Seite Ergebnisse behält sie)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="137"/>
        <source>No runs yet. Tick models on the Experiment page and press Run (Ctrl+R).</source>
        <translation>Noch keine Läufe. Kreuzen Sie auf der Seite Experiment Modelle an und klicken Sie auf Starten (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="168"/>
        <source>One line per epoch, and what each run&apos;s log says.</source>
        <translation>Eine Zeile pro Epoche und was das Log jedes Laufs meldet.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../src/app/uilanguage.cpp" line="25"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../ui/weightsdialog.ui" line="6"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="56"/>
        <source>Look for the selected entries&apos; files again and compare their digests with the published ones (all entries when none is selected)</source>
        <translation>Die Dateien der ausgewählten Einträge erneut suchen und ihre Prüfsummen mit den veröffentlichten vergleichen (alle Einträge, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="59"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="66"/>
        <source>Download the selected entries&apos; files into the app&apos;s weights folder and verify them; a cancelled download resumes where it stopped</source>
        <translation>Die Dateien der ausgewählten Einträge in den Gewichtsordner der Anwendung herunterladen und prüfen; ein abgebrochener Download wird dort fortgesetzt, wo er angehalten hat</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="69"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="76"/>
        <source>D&amp;elete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="83"/>
        <source>Open the folder of the selected entry&apos;s file (the app&apos;s weights folder when it has none)</source>
        <translation>Den Ordner der Datei des ausgewählten Eintrags öffnen (den Gewichtsordner der Anwendung, wenn er keine hat)</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="86"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="26"/>
        <source>Transfer-learning workbench for handwritten digits</source>
        <translation>Werkbank für Transfer Learning mit handgeschriebenen Ziffern</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="31"/>
        <source>Open the catalog dataset NAME (default: the last one used, else MNIST).</source>
        <translation>Den Katalog-Datensatz NAME öffnen (Vorgabe: den zuletzt benutzten, sonst MNIST).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>Open the MNIST-format folder DIR.</source>
        <translation>Den Ordner DIR im MNIST-Format öffnen.</translation>
    </message>
</context>
<context>
    <name>mw::app::ClassCountsChart</name>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="55"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="55"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="55"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>mw::app::ConfusionMatrixView</name>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="104"/>
        <source>Select a run to see its confusion matrix</source>
        <translation>Wählen Sie einen Lauf, um seine Konfusionsmatrix zu sehen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="164"/>
        <source>Predicted digit</source>
        <translation>Vorhergesagte Ziffer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="169"/>
        <source>True digit</source>
        <translation>Tatsächliche Ziffer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="238"/>
        <source>%1 of %2 test digits %3 classified right (%4 %)</source>
        <translation>%1 von %2 Testziffern %3 richtig klassifiziert (%4 %)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="240"/>
        <source>%1 test digits %2 taken for %3 (%4 % of the %2s); click to see them</source>
        <translation>%1 Testziffern %2 für %3 gehalten (%4 % aller %2er); klicken Sie, um sie anzuzeigen</translation>
    </message>
</context>
<context>
    <name>mw::app::CurvePlot</name>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="304"/>
        <source>Learning curves</source>
        <translation>Lernkurven</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="314"/>
        <source>%1: unknown image format &quot;%2&quot; (%3)</source>
        <translation>%1: unbekanntes Bildformat „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="319"/>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="400"/>
        <source>No runs yet: tick models on the Experiment page and press Run (Ctrl+R).</source>
        <translation>Noch keine Läufe: Kreuzen Sie auf der Seite Experiment Modelle an und klicken Sie auf Starten (Strg+R).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="438"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="439"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="439"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="446"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="450"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="447"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="451"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="448"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="452"/>
        <source>Training, epoch under way</source>
        <translation>Training, laufende Epoche</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="449"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="453"/>
        <source>Kept weights (best epoch)</source>
        <translation>Behaltene Gewichte (beste Epoche)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="458"/>
        <source>Start fine-tuning</source>
        <translation>Beginn des Fine-Tunings</translation>
    </message>
</context>
<context>
    <name>mw::app::DataPage</name>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="64"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="108"/>
        <source>Open an MNIST-format folder</source>
        <translation>Ordner im MNIST-Format öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="76"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="78"/>
        <source>verified (SHA-256 matches the published files)</source>
        <translation>verifiziert (SHA-256 stimmt mit den veröffentlichten Dateien überein)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="79"/>
        <source>custom (valid MNIST format, not a known dataset)</source>
        <translation>benutzerdefiniert (gültiges MNIST-Format, kein bekannter Datensatz)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="150"/>
        <source>%1 (%2): %3 train + %4 test digits from %5</source>
        <translation>%1 (%2): %3 Trainings- + %4 Testziffern aus %5</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="82"/>
        <source>No dataset loaded</source>
        <translation>Kein Datensatz geladen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="164"/>
        <source>Cannot load dataset</source>
        <translation>Datensatz kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="166"/>
        <source>A dataset folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, raw or as .gz.</source>
        <translation>Ein Datensatzordner enthält train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte und t10k-labels-idx1-ubyte, unkomprimiert oder als .gz.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="192"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="203"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="203"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="203"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/datapage.cpp" line="232"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n Ziffer</numerusform>
            <numerusform>%n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="245"/>
        <source>Digit #%1 — label &lt;b&gt;%2&lt;/b&gt; — official %3 file, index %4</source>
        <translation>Ziffer #%1 — Label &lt;b&gt;%2&lt;/b&gt; — offizielle %3-Datei, Index %4</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="248"/>
        <source>train</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="248"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>mw::app::DigitListModel</name>
    <message>
        <location filename="../src/app/widgets/digitlistmodel.cpp" line="36"/>
        <source>Digit #%1 (%2 #%3), label %4</source>
        <translation>Ziffer #%1 (%2 #%3), Label %4</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/digitlistmodel.cpp" line="38"/>
        <source>official train</source>
        <translation>offizielle Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/digitlistmodel.cpp" line="38"/>
        <source>official test</source>
        <translation>offizielle Testdaten</translation>
    </message>
</context>
<context>
    <name>mw::app::DownloadBar</name>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="64"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="66"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="68"/>
        <source>resumed at %1</source>
        <translation>fortgesetzt bei %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/downloadbar.cpp" line="81"/>
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n weiterer wartet)</numerusform>
            <numerusform>%1 (%n weitere warten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="83"/>
        <source>Downloading %1 into %2</source>
        <translation>%1 wird nach %2 heruntergeladen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="90"/>
        <source>Stop downloading; the part already here is kept, and the next download resumes it</source>
        <translation>Den Download anhalten; der bereits vorhandene Teil bleibt erhalten, und der nächste Download setzt ihn fort</translation>
    </message>
</context>
<context>
    <name>mw::app::DrawModelList</name>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="124"/>
        <source>test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="124"/>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="128"/>
        <source>loaded from a file</source>
        <translation>aus einer Datei geladen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="134"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="134"/>
        <source>could not load</source>
        <translation>konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>mw::app::DrawPage</name>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="166"/>
        <source>Some runs could not be read: %1</source>
        <translation>Einige Läufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="422"/>
        <source>%1&apos;s input
%2×3, %3</source>
        <translation>Eingabe von %1
%2×3, %3</translation>
    </message>
    <message>
        <source>ImageNet mean/std</source>
        <translation type="vanished">ImageNet-Mittelwert/Standardabw.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="401"/>
        <source>Cropped</source>
        <translation>Zugeschnitten</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="402"/>
        <source>Fitted into 20×20</source>
        <translation>In 20×20 eingepasst</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="403"/>
        <source>Centred 28×28</source>
        <translation>Zentriert 28×28</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="403"/>
        <source>Scaled 28×28</source>
        <translation>Skaliert 28×28</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="404"/>
        <source>Model&apos;s view</source>
        <translation>Sicht des Modells</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="405"/>
        <source>Saliency</source>
        <translation>Saliency</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="411"/>
        <source> (not used)</source>
        <translation> (nicht verwendet)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="412"/>
        <source>Cropped%1
%2</source>
        <translation>Zugeschnitten%1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="415"/>
        <source>Fitted into 20×20%1
%2</source>
        <translation>In 20×20 eingepasst%1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="417"/>
        <source>Centred 28×28
(centre of mass)</source>
        <translation>Zentriert 28×28
(Schwerpunkt)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="417"/>
        <source>Scaled 28×28
(not centred)</source>
        <translation>Skaliert 28×28
(nicht zentriert)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="447"/>
        <source>Saliency
%1</source>
        <translation>Saliency
%1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="465"/>
        <source>%1: no digit found (the picture is blank or has no contrast)</source>
        <translation>%1: keine Ziffer gefunden (das Bild ist leer oder hat keinen Kontrast)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="469"/>
        <source>%1: dark ink on a light background, inverted to MNIST&apos;s light on dark</source>
        <translation>%1: dunkle Tinte auf hellem Hintergrund, invertiert zu hell auf dunkel wie bei MNIST</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="470"/>
        <source>%1: opened</source>
        <translation>%1: geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="484"/>
        <source>Nothing to save: the canvas is empty.</source>
        <translation>Nichts zu speichern: Die Zeichenfläche ist leer.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="488"/>
        <source>%1: cannot write the picture</source>
        <translation>%1: Das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="491"/>
        <source>Saved the 28×28 digit to %1</source>
        <translation>28×28-Ziffer in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="497"/>
        <source>Save the 28×28 digit</source>
        <translation>28×28-Ziffer speichern</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="498"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="506"/>
        <source>Open a picture of a digit</source>
        <translation>Bild einer Ziffer öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="507"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tga *.pgm *.ppm *.pnm *.psd);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.tga *.pgm *.ppm *.pnm *.psd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="514"/>
        <source>Load a model checkpoint</source>
        <translation>Modell-Checkpoint laden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="515"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="539"/>
        <source>No trained models yet: train one on the Experiment page, or load a checkpoint.</source>
        <translation>Noch keine trainierten Modelle: Trainieren Sie eines auf der Seite Experiment oder laden Sie einen Checkpoint.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="540"/>
        <source>Looking for trained models…</source>
        <translation>Suche nach trainierten Modellen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="542"/>
        <source>Tick a model below to see what it says.</source>
        <translation>Kreuzen Sie unten ein Modell an, um zu sehen, was es sagt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/drawpage.cpp" line="544"/>
        <source>Loading %n model(s)…</source>
        <translation>
            <numerusform>%n Modell wird geladen…</numerusform>
            <numerusform>%n Modelle werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="546"/>
        <source>Draw a digit on the canvas, or drop a picture file onto it.</source>
        <translation>Zeichnen Sie eine Ziffer auf die Zeichenfläche oder ziehen Sie eine Bilddatei darauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/drawpage.cpp" line="548"/>
        <source>%n model(s); the last prediction appeared %1 ms after the drawing changed.</source>
        <translation>
            <numerusform>%n Modell; die letzte Vorhersage erschien %1 ms nach der Änderung der Zeichnung.</numerusform>
            <numerusform>%n Modelle; die letzte Vorhersage erschien %1 ms nach der Änderung der Zeichnung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="587"/>
        <source>Draw a digit — MNIST Workbench</source>
        <translation>Ziffer zeichnen — MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="585"/>
        <source>Att&amp;ach</source>
        <translation>An&amp;koppeln</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="585"/>
        <source>&amp;Detach</source>
        <translation>Ab&amp;koppeln</translation>
    </message>
</context>
<context>
    <name>mw::app::DrawingCanvas</name>
    <message>
        <location filename="../src/app/widgets/drawingcanvas.cpp" line="52"/>
        <source>Draw a digit (left button, pen or finger). Right-click or Esc clears, Ctrl+Z undoes a stroke. Drop a picture file here to classify it.</source>
        <translation>Zeichnen Sie eine Ziffer (linke Maustaste, Stift oder Finger). Rechtsklick oder Esc leert die Fläche, Strg+Z macht einen Strich rückgängig. Ziehen Sie eine Bilddatei hierher, um sie zu klassifizieren.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawingcanvas.cpp" line="187"/>
        <source>Draw a digit here
or drop a picture file</source>
        <translation>Zeichnen Sie hier eine Ziffer
oder ziehen Sie eine Bilddatei hierher</translation>
    </message>
</context>
<context>
    <name>mw::app::ExperimentPage</name>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="144"/>
        <source>&amp;Run experiment</source>
        <translation>Experiment &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="145"/>
        <source>Most epochs of the first phase: backbones train only the head on frozen features; baselines train from scratch</source>
        <translation>Höchstzahl der Epochen der ersten Phase: Backbones trainieren nur den Head auf eingefrorenen Merkmalen; Vergleichsmodelle trainieren von Grund auf</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="147"/>
        <source>Learning rate of a new head on a pretrained backbone, e.g. 1e-4 or 0.0001 (networks trained from scratch: the next row)</source>
        <translation>Lernrate eines neuen Heads auf einem vortrainierten Backbone, z. B. 1e-4 oder 0.0001 (von Grund auf trainierte Netze: die nächste Zeile)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="149"/>
        <source>Most fine-tune epochs: the whole backbone trains (BatchNorm stays in inference mode); Skip: no fine-tuning</source>
        <translation>Höchstzahl der Fine-Tuning-Epochen: Das gesamte Backbone trainiert (BatchNorm bleibt im Inferenzmodus); Überspringen: kein Fine-Tuning</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="151"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="179"/>
        <source>Auto (looking for GPUs…)</source>
        <translation>Auto (Suche nach GPUs…)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="180"/>
        <source>Auto: CPU (no GPU found)</source>
        <translation>Auto: CPU (keine GPU gefunden)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="181"/>
        <source>Auto: GPU (cuda:0)</source>
        <translation>Auto: GPU (cuda:0)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="183"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="185"/>
        <source>GPU (none found)</source>
        <translation>GPU (keine gefunden)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="185"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="191"/>
        <source>GPU %1 (cuda:%1)</source>
        <translation>GPU %1 (cuda:%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentpage.cpp" line="195"/>
        <source>%n CPU core(s)</source>
        <translation>
            <numerusform>%n CPU-Kern</numerusform>
            <numerusform>%n CPU-Kerne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="196"/>
        <source>%1, looking for GPUs…</source>
        <translation>%1, Suche nach GPUs…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="197"/>
        <source>%1, no CUDA GPU</source>
        <translation>%1, keine CUDA-GPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentpage.cpp" line="198"/>
        <source>%1, %n CUDA GPU(s)</source>
        <translation>
            <numerusform>%1, %n CUDA-GPU</numerusform>
            <numerusform>%1, %n CUDA-GPUs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="431"/>
        <source>Weights (*.pth *.pt *.safetensors *.h5);;All files (*)</source>
        <translation>Gewichte (*.pth *.pt *.safetensors *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="57"/>
        <source>Sweep not started</source>
        <translation>Sweep nicht gestartet</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="57"/>
        <source>Choose another folder for the sweep.</source>
        <translation>Wählen Sie einen anderen Ordner für den Sweep.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="92"/>
        <source>Sweep not submitted</source>
        <translation>Sweep nicht eingereicht</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="92"/>
        <source>Check the Slurm settings with Test in the Sweep dialog.</source>
        <translation>Prüfen Sie die Slurm-Einstellungen mit „Testen“ im Sweep-Dialog.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="96"/>
        <source>Sweep submitted</source>
        <translation>Sweep eingereicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentsweep.cpp" line="97"/>
        <source>Slurm job %1 runs the sweep&apos;s %n trial(s).</source>
        <translation>
            <numerusform>Slurm-Job %1 führt den %n Versuch des Sweeps aus.</numerusform>
            <numerusform>Slurm-Job %1 führt die %n Versuche des Sweeps aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="99"/>
        <source>The trials write into %1; follow them with: mnist-workbench-cli sweep status %1</source>
        <translation>Die Versuche schreiben nach %1; verfolgen mit: mnist-workbench-cli sweep status %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="156"/>
        <source>No recipes found</source>
        <translation>Keine Rezepte gefunden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="157"/>
        <source>Recipes are read from %1</source>
        <translation>Rezepte werden aus %1 gelesen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="159"/>
        <source>Your own settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="241"/>
        <source>The %1 learning rate is empty</source>
        <translation>Die Lernrate der %1 ist leer</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="239"/>
        <source>head phase&apos;s</source>
        <translation>Head-Phase</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="239"/>
        <source>fine-tune phase&apos;s</source>
        <translation>Fine-Tuning-Phase</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="242"/>
        <source>The %1 learning rate &quot;%2&quot; is not a number (write 1e-4 or 0.0001)</source>
        <translation>Die Lernrate der %1 „%2“ ist keine Zahl (schreiben Sie 1e-4 oder 0.0001)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="231"/>
        <source>No dataset: load one on the Data page, or open a folder with File &gt; Open dataset folder</source>
        <translation>Kein Datensatz: Laden Sie einen auf der Seite Daten oder öffnen Sie einen Ordner mit Datei &gt; Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="263"/>
        <source>Choose a weights file for the backbones, or Random init</source>
        <translation>Wählen Sie eine Gewichtsdatei für die Backbones oder Zufällige Initialisierung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="265"/>
        <location filename="../src/app/pages/experimentpage.cpp" line="317"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="298"/>
        <source>The from-scratch learning rate is empty</source>
        <translation>Die Lernrate für das Training von Grund auf ist leer</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="299"/>
        <source>The from-scratch learning rate &quot;%1&quot; is not a number (write 1e-3 or 0.001)</source>
        <translation>Die Lernrate für das Training von Grund auf „%1“ ist keine Zahl (schreiben Sie 1e-3 oder 0.001)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="312"/>
        <source>%1: choose its TorchScript file (under Backbone weights)</source>
        <translation>%1: Wählen Sie seine TorchScript-Datei (unter Backbone-Gewichte)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="337"/>
        <source>Tick at least one model to run</source>
        <translation>Kreuzen Sie mindestens ein Modell an, das laufen soll</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentpage.cpp" line="347"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="430"/>
        <source>Backbone weights</source>
        <translation>Backbone-Gewichte</translation>
    </message>
    <message>
        <source>Weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation type="vanished">Gewichte (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="439"/>
        <source>TorchScript module</source>
        <translation>TorchScript-Modul</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="440"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentstate.cpp" line="67"/>
        <source>%1; the page keeps the dataset %2</source>
        <translation>%1; die Seite behält den Datensatz %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentstate.cpp" line="83"/>
        <source>the recipe names no models</source>
        <translation>das Rezept nennt keine Modelle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentstate.cpp" line="111"/>
        <source>none of its backbones has ImageNet weights at hand, so they start from random init; choose “ImageNet weights (catalog)” under Backbone weights to download them</source>
        <translation>für keines seiner Backbones sind ImageNet-Gewichte vorhanden, daher beginnen sie mit zufälliger Initialisierung; wählen Sie „ImageNet-Gewichte (Katalog)“ unter Backbone-Gewichte, um sie herunterzuladen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="109"/>
        <source>Looking for the ImageNet weights of %1…</source>
        <translation>Die ImageNet-Gewichte von %1 werden gesucht…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="156"/>
        <source>looking for its weights…</source>
        <translation>seine Gewichte werden gesucht…</translation>
    </message>
    <message>
        <source>the catalog has its ImageNet weights only as a Keras .h5 file, not loadable yet: it starts from random init</source>
        <translation type="vanished">der Katalog hat seine ImageNet-Gewichte nur als Keras-.h5-Datei, die noch nicht geladen werden kann: Es beginnt mit zufälliger Initialisierung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="158"/>
        <source>no ImageNet weights in the catalog: it starts from random init</source>
        <translation>keine ImageNet-Gewichte im Katalog: Es beginnt mit zufälliger Initialisierung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="163"/>
        <source>downloading…</source>
        <translation>wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="163"/>
        <source>waiting to download</source>
        <translation>wartet auf den Download</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="165"/>
        <source>not downloaded (%1)</source>
        <translation>nicht heruntergeladen (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="169"/>
        <source> · %1 normalization</source>
        <translation> · Normalisierung %1</translation>
    </message>
    <message>
        <source> · ImageNet mean/std normalization</source>
        <translation type="vanished"> · Normalisierung mit ImageNet-Mittelwert/-Standardabweichung</translation>
    </message>
    <message>
        <source> · [-1, 1] normalization</source>
        <translation type="vanished"> · Normalisierung auf [-1, 1]</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="190"/>
        <source>Tick a backbone to see its ImageNet weights here.</source>
        <translation>Kreuzen Sie ein Backbone an, um hier seine ImageNet-Gewichte zu sehen.</translation>
    </message>
</context>
<context>
    <name>mw::app::InputPreview</name>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="58"/>
        <source>Select a digit to see what the network sees.</source>
        <translation>Wählen Sie eine Ziffer, um zu sehen, was das Netz sieht.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="76"/>
        <source>Stored 28x28 uint8
[0, 255]</source>
        <translation>Datei 28x28 uint8
[0, 255]</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="77"/>
        <source>R %1
%2</source>
        <translation>R %1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="78"/>
        <source>G %1
%2</source>
        <translation>G %1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="79"/>
        <source>B %1
%2</source>
        <translation>B %1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="80"/>
        <source>Input %1x3
[%2, %3]</source>
        <translation>Eingabe %1x3
[%2, %3]</translation>
    </message>
</context>
<context>
    <name>mw::app::LoadDatasetJob</name>
    <message>
        <location filename="../src/app/jobs/loaddatasetjob.cpp" line="25"/>
        <source>Internal error while loading %1: %2</source>
        <translation>Interner Fehler beim Laden von %1: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::LoadRunsJob</name>
    <message>
        <location filename="../src/app/jobs/loadrunsjob.cpp" line="32"/>
        <source>%1: cannot read the run (%2)</source>
        <translation>%1: Der Lauf kann nicht gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>mw::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="158"/>
        <source>MNIST Workbench</source>
        <translation>MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="103"/>
        <source>Load failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="93"/>
        <source>Cannot resume the run</source>
        <translation>Der Lauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="165"/>
        <source>&amp;Open dataset folder…</source>
        <translation>&amp;Datenordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="166"/>
        <source>&amp;Rescan datasets</source>
        <translation>Datensätze &amp;neu suchen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="167"/>
        <source>&amp;Weights…</source>
        <translation>&amp;Gewichte…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="168"/>
        <source>The weights catalog: ImageNet weights for the backbones, their status, download and delete</source>
        <translation>Der Gewichtskatalog: ImageNet-Gewichte für die Backbones, ihr Status, Herunterladen und Löschen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="170"/>
        <source>Open s&amp;weep…</source>
        <translation>S&amp;weep öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="171"/>
        <source>A sweep&apos;s folder: its trials, their figures and curves (also while they run on a cluster)</source>
        <translation>Der Ordner eines Sweeps: seine Versuche, ihre Kennzahlen und Kurven (auch während sie auf einem Cluster laufen)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="173"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="177"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="178"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="179"/>
        <source>&amp;About MNIST Workbench</source>
        <translation>Ü&amp;ber MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="180"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="198"/>
        <source>Open a sweep folder</source>
        <translation>Sweep-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="248"/>
        <source>Dataset not found</source>
        <translation>Datensatz nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="249"/>
        <source>No dataset named &quot;%1&quot; was found. Fetch MNIST with mnist-workbench-fetch-mnist (or ./workbench.sh in the source tree), or open a folder with File &gt; Open dataset folder (Ctrl+O).</source>
        <translation>Kein Datensatz namens „%1“ gefunden. Laden Sie MNIST mit mnist-workbench-fetch-mnist herunter (oder ./workbench.sh im Quellbaum), oder öffnen Sie einen Ordner über Datei &gt; Datenordner öffnen (Strg+O).</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="292"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="293"/>
        <source>Your settings could not be written to %1 (a read-only folder or a full disk?). They apply until you quit.</source>
        <translation>Ihre Einstellungen konnten nicht in %1 geschrieben werden (ein schreibgeschützter Ordner oder eine volle Festplatte?). Sie gelten, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="320"/>
        <source>Quit while training?</source>
        <translation>Beenden, während trainiert wird?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="321"/>
        <source>%n run(s) are still training or waiting. Quit and cancel them? Each keeps its best weights so far.</source>
        <translation>
            <numerusform>%n Lauf trainiert noch oder wartet. Beenden und abbrechen? Er behält seine bisher besten Gewichte.</numerusform>
            <numerusform>%n Läufe trainieren noch oder warten. Beenden und abbrechen? Jeder behält seine bisher besten Gewichte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="335"/>
        <source>About MNIST Workbench</source>
        <translation>Über MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="336"/>
        <source>&lt;h3&gt;MNIST Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-learning experiments on handwritten digits.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Settings: %5&lt;br&gt;Data: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MNIST Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-Learning-Experimente mit handgeschriebenen Ziffern.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Einstellungen: %5&lt;br&gt;Daten: %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mw::app::ModelTree</name>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="114"/>
        <source>Backbones (head phase, then fine-tuning)</source>
        <translation>Backbones (Head-Phase, dann Fine-Tuning)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="115"/>
        <source>Pretrained (or randomly initialized) feature extractors with the tutorial&apos;s head</source>
        <translation>Vortrainierte (oder zufällig initialisierte) Merkmalsextraktoren mit dem Head aus dem Tutorial</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="116"/>
        <source>As in the Keras tutorials (head phase, then fine-tuning)</source>
        <translation>Wie in den Keras-Tutorials (Head-Phase, dann Fine-Tuning)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="117"/>
        <source>Keras&apos;s own ResNet50, InceptionV3, MobileNet and VGG16, computing exactly what tf.keras computes, so the tutorials&apos; Keras ImageNet weights (.h5) load into them. torchvision&apos;s networks differ: ResNet50 v1.5 strides, InceptionV3&apos;s BatchNorm and pooling, TensorFlow&apos;s padding</source>
        <translation>ResNet50, InceptionV3, MobileNet und VGG16 von Keras, die genau rechnen wie tf.keras, sodass die Keras-ImageNet-Gewichte (.h5) der Tutorials hineinpassen. Die Netze von torchvision weichen ab: Schrittweiten von ResNet50 v1.5, BatchNorm und Pooling von InceptionV3, das Padding von TensorFlow</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="121"/>
        <source>Baselines (from scratch, one phase)</source>
        <translation>Vergleichsmodelle (von Grund auf, eine Phase)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="122"/>
        <source>Small networks that learn MNIST from scratch</source>
        <translation>Kleine Netze, die MNIST von Grund auf lernen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="128"/>
        <source>Input size in pixels (at least %1); double-click to change</source>
        <translation>Eingabegröße in Pixeln (mindestens %1); zum Ändern doppelklicken</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="130"/>
        <source>Parameters the head phase trains (the backbone is frozen)</source>
        <translation>Parameter, die die Head-Phase trainiert (das Backbone ist eingefroren)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="134"/>
        <source>Baselines take the 28x28 digits as they are</source>
        <translation>Vergleichsmodelle nehmen die 28x28-Ziffern, wie sie sind</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="135"/>
        <source>A baseline trains all its parameters</source>
        <translation>Ein Vergleichsmodell trainiert alle seine Parameter</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="139"/>
        <source>Your own module saved with torch.jit.save, as the backbone under the tutorial&apos;s head: its forward() takes [B, 3, N, N] images at the input size in this column and returns the features (their width is probed). Choose its file in TorchScript under Backbone weights; it brings its own weights.</source>
        <translation>Ihr eigenes, mit torch.jit.save gespeichertes Modul als Backbone unter dem Head aus dem Tutorial: Sein forward() nimmt [B, 3, N, N]-Bilder in der Eingabegröße dieser Spalte entgegen und gibt die Merkmale zurück (deren Breite wird durch einen Probelauf ermittelt). Wählen Sie seine Datei unter Backbone-Gewichte bei TorchScript; es bringt seine eigenen Gewichte mit.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="143"/>
        <source>Your TorchScript module</source>
        <translation>Ihr TorchScript-Modul</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="146"/>
        <source>Input size in pixels the module is given; double-click to change</source>
        <translation>Eingabegröße in Pixeln, die das Modul erhält; zum Ändern doppelklicken</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="147"/>
        <source>Counted when the module is checked, before its first run</source>
        <translation>Wird beim Prüfen des Moduls gezählt, vor seinem ersten Lauf</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="173"/>
        <location filename="../src/app/widgets/modeltree.cpp" line="174"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="241"/>
        <source>%1  ImageNet ✓</source>
        <translation>%1  ImageNet ✓</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="244"/>
        <source>ImageNet weights at hand: %1</source>
        <translation>ImageNet-Gewichte vorhanden: %1</translation>
    </message>
</context>
<context>
    <name>mw::app::PretrainDialog</name>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="133"/>
        <source>Pretrained backbone weights</source>
        <translation>Vortrainierte Backbone-Gewichte</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="134"/>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation>safetensors (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="170"/>
        <source>The learning rate is empty</source>
        <translation>Die Lernrate ist leer</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="171"/>
        <source>The learning rate &quot;%1&quot; is not a number (write 1e-3 or 0.001)</source>
        <translation>Die Lernrate „%1“ ist keine Zahl (schreiben Sie 1e-3 oder 0.001)</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="176"/>
        <source>No backbone to pretrain</source>
        <translation>Kein Backbone zum Vortrainieren</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="180"/>
        <source>No dataset: open one on the Data page first</source>
        <translation>Kein Datensatz: Öffnen Sie zuerst einen auf der Seite Daten</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="185"/>
        <source>Choose the file the weights are written to</source>
        <translation>Wählen Sie die Datei, in die die Gewichte geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="189"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="209"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="214"/>
        <source>%1 exists and will be replaced when the pretraining finishes</source>
        <translation>%1 existiert bereits und wird ersetzt, wenn das Vortraining abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="249"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="268"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="276"/>
        <source>Epoch 1 of %1</source>
        <translation>Epoche 1 von %1</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="294"/>
        <source>Stopping within a batch…</source>
        <translation>Wird innerhalb eines Batches angehalten…</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="309"/>
        <source>Stop pretraining?</source>
        <translation>Vortraining anhalten?</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="310"/>
        <source>%1 is still pretraining on %2. Stop it and close? Nothing is written.</source>
        <translation>%1 wird noch auf %2 vortrainiert. Anhalten und schließen? Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="336"/>
        <source>Epoch %1 of %2, batch %3 of %4, running accuracy %5</source>
        <translation>Epoche %1 von %2, Batch %3 von %4, laufende Genauigkeit %5</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="355"/>
        <source>; about %1 left (less if it stops early)</source>
        <translation>; noch etwa %1 (weniger, falls es vorzeitig anhält)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pretraindialog.cpp" line="393"/>
        <source>Cancelled after %n epoch(s); nothing was written.</source>
        <translation>
            <numerusform>Nach %n Epoche abgebrochen; es wurde nichts geschrieben.</numerusform>
            <numerusform>Nach %n Epochen abgebrochen; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pretraindialog.cpp" line="403"/>
        <source>Finished: %n epoch(s) in %1.</source>
        <translation>
            <numerusform>Fertig: %n Epoche in %1.</numerusform>
            <numerusform>Fertig: %n Epochen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="404"/>
        <source>Backbone weights written to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Backbone-Gewichte in &lt;b&gt;%1&lt;/b&gt; geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="406"/>
        <source>, test accuracy on %1 %2</source>
        <translation>, Testgenauigkeit auf %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="409"/>
        <source> (epoch %1, validation accuracy %2)</source>
        <translation> (Epoche %1, Validierungsgenauigkeit %2)</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="429"/>
        <source>Pretraining failed</source>
        <translation>Vortraining fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>mw::app::PretrainJob</name>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="35"/>
        <source>%1 was not written</source>
        <translation>%1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="43"/>
        <source>Internal error while pretraining %1: %2</source>
        <translation>Interner Fehler beim Vortrainieren von %1: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::ResultsPage</name>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="115"/>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="116"/>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="117"/>
        <source>Use as McNemar &amp;reference</source>
        <translation>Als McNemar-&amp;Referenz verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="118"/>
        <source>&amp;Delete run…</source>
        <translation>Lauf &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="368"/>
        <source>Reading runs from %1…</source>
        <translation>Läufe werden aus %1 gelesen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="188"/>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="189"/>
        <source>Delete the run %1 (test accuracy %2)?</source>
        <translation>Den Lauf %1 (Testgenauigkeit %2) löschen?</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="195"/>
        <source>It has no run folder; it leaves the table only.</source>
        <translation>Er hat keinen Laufordner; er wird nur aus der Tabelle entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="196"/>
        <source>This deletes its folder %1 with the result, the best checkpoint and the log. It cannot be undone.</source>
        <translation>Dadurch wird sein Ordner %1 mit dem Ergebnis, dem besten Checkpoint und dem Log gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="218"/>
        <location filename="../src/app/pages/resultspage.cpp" line="221"/>
        <location filename="../src/app/pages/resultspage.cpp" line="227"/>
        <source>Cannot delete run</source>
        <translation>Lauf kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="218"/>
        <source>%1: the run is training; cancel it first.</source>
        <translation>%1: Der Lauf trainiert gerade; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="222"/>
        <source>%1 holds no %2, so it is not a run folder; nothing was deleted.</source>
        <translation>%1 enthält keine Datei %2 und ist daher kein Laufordner; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="228"/>
        <source>%1: cannot delete the run (%2). It is still there.</source>
        <translation>%1: Der Lauf kann nicht gelöscht werden (%2). Er ist noch vorhanden.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="232"/>
        <source> Some files were left in %1 (%2).</source>
        <translation> Einige Dateien sind in %1 verblieben (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="240"/>
        <source>Deleted the run %1.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="322"/>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="324"/>
        <source>Sweep %1</source>
        <translation>Sweep %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="371"/>
        <source>1 run in %1</source>
        <translation>1 Lauf in %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="371"/>
        <source>%1 runs in %2</source>
        <translation>%1 Läufe in %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="374"/>
        <source>skipped %1 that could not be read: </source>
        <translation>%1 nicht lesbare übersprungen: </translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="37"/>
        <source>No test evaluation: the run was cancelled before it</source>
        <translation>Keine Testauswertung: Der Lauf wurde vorher abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="62"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="63"/>
        <source>Select a run in the table</source>
        <translation>Wählen Sie einen Lauf in der Tabelle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="63"/>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="68"/>
        <source>Confusion matrix — &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Konfusionsmatrix — &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="69"/>
        <source>This run was cancelled before its test evaluation: it has no confusion matrix.</source>
        <translation>Dieser Lauf wurde vor seiner Testauswertung abgebrochen: Er hat keine Konfusionsmatrix.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="72"/>
        <source>Confusion matrix — &lt;b&gt;%1&lt;/b&gt;, %2 of %3 test digits right</source>
        <translation>Konfusionsmatrix — &lt;b&gt;%1&lt;/b&gt;, %2 von %3 Testziffern richtig</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="79"/>
        <source>%1→%2 ×%3</source>
        <translation>%1→%2 ×%3</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="80"/>
        <location filename="../src/app/pages/resultsrun.cpp" line="179"/>
        <source>%1 test digits %2 taken for %3</source>
        <translation>%1 Testziffern %2 für %3 gehalten</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="119"/>
        <source>The run&apos;s dataset %1 is not found (it was in %2), so its digits cannot be shown.</source>
        <translation>Der Datensatz %1 des Laufs wurde nicht gefunden (er lag in %2), daher können seine Ziffern nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="126"/>
        <location filename="../src/app/pages/resultsrun.cpp" line="147"/>
        <source>Cannot show the digits: %1</source>
        <translation>Die Ziffern können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="129"/>
        <source>Loading the test digits from %1…</source>
        <translation>Testziffern werden aus %1 geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="157"/>
        <source>%1 now has %2 test digits but the run evaluated %3: it is not the data this run used.</source>
        <translation>%1 hat jetzt %2 Testziffern, der Lauf hat aber %3 ausgewertet: Das sind nicht die Daten, die dieser Lauf verwendet hat.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="177"/>
        <source>%1 test digits %2 classified right</source>
        <translation>%1 Testziffern %2 richtig klassifiziert</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="182"/>
        <source>Top losses: the %1 test digits the model was most wrong or least sure about, worst first (the percentage is its confidence); click a cell to see one kind</source>
        <translation>Größte Verluste: die %1 Testziffern, bei denen das Modell am stärksten danebenlag oder am unsichersten war, die schlimmsten zuerst (die Prozentzahl ist seine Zuversicht); klicken Sie auf eine Zelle, um eine Art zu sehen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="187"/>
        <source>All %1 mistakes, the most common confusions first; click a cell to see one kind</source>
        <translation>Alle %1 Fehler, die häufigsten Verwechslungen zuerst; klicken Sie auf eine Zelle, um nur eine Art zu sehen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="192"/>
        <source>(the matrix says %1: %2 may not hold the digits this run saw)</source>
        <translation>(laut Matrix %1: %2 enthält möglicherweise nicht die Ziffern, die dieser Lauf gesehen hat)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="194"/>
        <source>(shown from %1; the run used %2)</source>
        <translation>(angezeigt aus %1; der Lauf verwendete %2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="196"/>
        <source>(shown as stored; the run saw each at its own place on a %1×%1 canvas)</source>
        <translation>(wie gespeichert angezeigt; der Lauf sah jede an ihrer eigenen Stelle auf einer %1×%1-Fläche)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="28"/>
        <source>%1: the table is saved as .csv or .json</source>
        <translation>%1: Die Tabelle wird als .csv oder .json gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="31"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="50"/>
        <source>no figure called &quot;%1&quot;</source>
        <translation>keine Abbildung namens „%1“</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="64"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="64"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="65"/>
        <source>Export the results table</source>
        <translation>Ergebnistabelle exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="73"/>
        <source>Cannot export the table</source>
        <translation>Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="75"/>
        <source>Saved the table to %1</source>
        <translation>Tabelle in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="82"/>
        <source>Save the figure</source>
        <translation>Abbildung speichern</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="94"/>
        <source>Cannot save the figure</source>
        <translation>Die Abbildung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="96"/>
        <source>Saved the figure to %1</source>
        <translation>Abbildung in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>mw::app::ResultsTableModel</name>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="197"/>
        <source>Choose a reference run above the table.</source>
        <translation>Wählen Sie über der Tabelle einen Referenzlauf.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="207"/>
        <source>This run has no test result (it was cancelled).</source>
        <translation>Dieser Lauf hat kein Testergebnis (er wurde abgebrochen).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="208"/>
        <source>The reference run has no test result (it was cancelled).</source>
        <translation>Der Referenzlauf hat kein Testergebnis (er wurde abgebrochen).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="210"/>
        <source>Different datasets (%1 and %2): the test digits are not the same.</source>
        <translation>Unterschiedliche Datensätze (%1 und %2): Die Testziffern sind nicht dieselben.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="212"/>
        <source>Different splits (%1 and %2): the test digits are not the same.</source>
        <translation>Unterschiedliche Aufteilungen (%1 und %2): Die Testziffern sind nicht dieselben.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="214"/>
        <source>Different test sizes (%1 and %2 digits).</source>
        <translation>Unterschiedliche Testgrößen (%1 und %2 Ziffern).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="216"/>
        <source>Different shifted-digit canvases (%1 and %2; 0: not shifted): the test digits were not seen the same way.</source>
        <translation>Verschiedene Leinwände für verschobene Ziffern (%1 und %2; 0: nicht verschoben): Die Testziffern wurden nicht gleich gesehen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="219"/>
        <source>Shifted digits placed by different seeds (%1 and %2): the test digits were not seen the same way.</source>
        <translation>Verschobene Ziffern mit verschiedenen Seeds platziert (%1 und %2): Die Testziffern wurden nicht gleich gesehen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="254"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="281"/>
        <source>CPU, 1 thread</source>
        <translation>CPU, 1 Thread</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="281"/>
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 Threads</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="284"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="329"/>
        <source>%1 on %2 (%3 split, seed %4)
%5</source>
        <translation>%1 auf %2 (Aufteilung %3, Startwert %4)
%5</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="332"/>
        <source>not saved in a run folder</source>
        <translation>nicht in einem Laufordner gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="334"/>
        <source>Cancelled: the weights are the best up to then.</source>
        <translation>Abgebrochen: Die Gewichte sind die bis dahin besten.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="336"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="341"/>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="345"/>
        <source>Cancelled before the test digits were evaluated.</source>
        <translation>Abgebrochen, bevor die Testziffern ausgewertet wurden.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="346"/>
        <source>On %1 test digits; %2 misclassified.</source>
        <translation>Auf %1 Testziffern; %2 falsch klassifiziert.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="351"/>
        <source>%1: 1 epoch</source>
        <translation>%1: 1 Epoche</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="351"/>
        <source>%1: %2 epochs</source>
        <translation>%1: %2 Epochen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="353"/>
        <source>, kept the weights of epoch %1</source>
        <translation>, Gewichte von Epoche %1 behalten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="355"/>
        <source>, stopped by %1</source>
        <translation>, gestoppt durch %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="361"/>
        <source>Head phase, feature caching included</source>
        <translation>Head-Phase, einschließlich Zwischenspeichern der Merkmale</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="362"/>
        <source>Baselines train in one phase; this is its time.</source>
        <translation>Vergleichsmodelle trainieren in einer Phase; dies ist deren Dauer.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="363"/>
        <source>Fine-tuning phase</source>
        <translation>Fine-Tuning-Phase</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="364"/>
        <source>Whole run: loading the data, building the model, all phases and the test evaluation</source>
        <translation>Gesamter Lauf: Laden der Daten, Aufbau des Modells, alle Phasen und die Testauswertung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="367"/>
        <source>Unknown: the run&apos;s result does not say how many digits it trained on (written by an older version).</source>
        <translation>Unbekannt: Das Ergebnis des Laufs gibt nicht an, auf wie vielen Ziffern er trainiert hat (von einer älteren Version geschrieben).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="369"/>
        <source>%1 training digits × %2 epochs / %3 s of training (all phases, feature caching included)</source>
        <translation>%1 Trainingsziffern × %2 Epochen / %3 s Training (alle Phasen, einschließlich Zwischenspeichern der Merkmale)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="374"/>
        <source>%1 in all; the head phase trains %2, fine-tuning %3</source>
        <translation>%1 insgesamt; die Head-Phase trainiert %2, das Fine-Tuning %3</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="380"/>
        <source>The other runs are compared with this one.</source>
        <translation>Die anderen Läufe werden mit diesem verglichen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="385"/>
        <source>Exact McNemar test against %1: only this run wrong on %2 test digits, only the reference on %3; two-sided p = %4. A small p (say below 0.05) means the two differ by more than chance on these digits.</source>
        <translation>Exakter McNemar-Test gegen %1: nur dieser Lauf falsch bei %2 Testziffern, nur die Referenz bei %3; zweiseitiges p = %4. Ein kleines p (etwa unter 0,05) bedeutet, dass sich die beiden auf diesen Ziffern stärker unterscheiden, als durch Zufall zu erwarten ist.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="402"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="403"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="404"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="405"/>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="406"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="407"/>
        <source>Head / train</source>
        <translation>Head / Training</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="408"/>
        <source>Fine-tune</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="409"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="410"/>
        <source>Images/s</source>
        <translation>Bilder/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="411"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="412"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="413"/>
        <source>McNemar p</source>
        <translation>McNemar p</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="418"/>
        <source>Epochs run per phase: head + fine-tune (baselines: one training phase)</source>
        <translation>Durchlaufene Epochen je Phase: Head + Fine-Tuning (Vergleichsmodelle: eine Trainingsphase)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="419"/>
        <source>Seconds of the head phase (baselines: of their single training phase)</source>
        <translation>Sekunden der Head-Phase (Vergleichsmodelle: ihrer einzigen Trainingsphase)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="421"/>
        <source>Training throughput: training digits × epochs of all phases / seconds of all phases. The head phase on cached features is much faster than fine-tuning.</source>
        <translation>Trainingsdurchsatz: Trainingsziffern × Epochen aller Phasen / Sekunden aller Phasen. Die Head-Phase auf zwischengespeicherten Merkmalen ist viel schneller als das Fine-Tuning.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="424"/>
        <source>Exact McNemar test against %1 on the digits where the two disagree</source>
        <translation>Exakter McNemar-Test gegen %1 auf den Ziffern, bei denen sich die beiden unterscheiden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="426"/>
        <source>Exact McNemar test against the reference run you choose</source>
        <translation>Exakter McNemar-Test gegen den von Ihnen gewählten Referenzlauf</translation>
    </message>
</context>
<context>
    <name>mw::app::RunBarChart</name>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="68"/>
        <source>Build and train time</source>
        <translation>Aufbau- und Trainingszeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="70"/>
        <source>Head / train</source>
        <translation>Head / Training</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="71"/>
        <source>Fine-tune</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="72"/>
        <source>Data, build, test</source>
        <translation>Daten, Aufbau, Test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="86"/>
        <source>%1 — %2: %3 s
head / train %4 s, fine-tune %5 s, data, build and test %6 s</source>
        <translation>%1 — %2: %3 s
Head / Training %4 s, Fine-Tuning %5 s, Daten, Aufbau und Test %6 s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="96"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="106"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="108"/>
        <source>Test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="131"/>
        <source>% (axis starts at %1 %)</source>
        <translation>% (Achse beginnt bei %1 %)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="131"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>mw::app::RunFilesCheck</name>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="146"/>
        <source>Checking %1 against %2…</source>
        <translation>%1 wird gegen %2 geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="137"/>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="153"/>
        <source>Cannot use these weights</source>
        <translation>Diese Gewichte können nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="24"/>
        <source>Cannot download the weights</source>
        <translation>Die Gewichte können nicht heruntergeladen werden</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="25"/>
        <source>No run was queued. The weights of %1 could not be fetched; File &gt; Weights… shows the catalog, where each file comes from and the folder to put it in by hand. A mirror for the downloads can be set in File &gt; Settings.</source>
        <translation>Es wurde kein Lauf eingereiht. Die Gewichte von %1 konnten nicht geholt werden; Datei &gt; Gewichte… zeigt den Katalog, woher jede Datei stammt und in welchen Ordner Sie sie von Hand legen können. Einen Spiegelserver für die Downloads können Sie unter Datei &gt; Einstellungen festlegen.</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="35"/>
        <source>Download of %1 cancelled: no run was queued. The part already downloaded is kept, and the next download resumes it.</source>
        <translation>Download von %1 abgebrochen: Es wurde kein Lauf eingereiht. Der bereits heruntergeladene Teil bleibt erhalten, und der nächste Download setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="75"/>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="124"/>
        <source>Looking for the weights of %1…</source>
        <translation>Die Gewichte von %1 werden gesucht…</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="95"/>
        <source>Downloading the weights of %1: the runs are queued once they are verified</source>
        <translation>Die Gewichte von %1 werden heruntergeladen: Die Läufe werden eingereiht, sobald sie verifiziert sind</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="131"/>
        <source>%1: %2, verified (the published file)</source>
        <translation>%1: %2, verifiziert (die veröffentlichte Datei)</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="138"/>
        <source>No run was queued. Catalog weights are used once their file is here and verified: download them with File &gt; Weights… (or the Download button under Backbone weights).</source>
        <translation>Es wurde kein Lauf eingereiht. Gewichte aus dem Katalog werden verwendet, sobald ihre Datei vorhanden und verifiziert ist: Laden Sie sie über Datei &gt; Gewichte… herunter (oder mit der Schaltfläche Herunterladen unter Backbone-Gewichte).</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="154"/>
        <source>No run was queued. Backbone weights are a PyTorch state dict saved with torch.save(model.state_dict()) (.pth) or a safetensors file, with the backbone&apos;s parameter names and shapes. A TorchScript module (torch.jit.save) is a backbone of its own: tick “Your TorchScript module” and choose the file under TorchScript.</source>
        <translation>Es wurde kein Lauf eingereiht. Backbone-Gewichte sind ein mit torch.save(model.state_dict()) gespeichertes PyTorch-State-Dict (.pth) oder eine safetensors-Datei, jeweils mit den Parameternamen und -formen des Backbones. Ein TorchScript-Modul (torch.jit.save) ist ein eigenes Backbone: Kreuzen Sie „Ihr TorchScript-Modul“ an und wählen Sie die Datei unter TorchScript.</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="174"/>
        <source>Loading %1 and probing it at %2×%2 px…</source>
        <translation>%1 wird geladen und bei %2×%2 px probeweise ausgeführt…</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="183"/>
        <source>Cannot use this TorchScript module</source>
        <translation>Dieses TorchScript-Modul kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="184"/>
        <source>No run was queued. “Your TorchScript module” needs a module saved with torch.jit.save (for example torch.jit.script(model)) whose forward() takes [B, 3, N, N] images at the input size of its row and returns [B, C] or [B, C, H, W] features.</source>
        <translation>Es wurde kein Lauf eingereiht. „Ihr TorchScript-Modul“ benötigt ein mit torch.jit.save gespeichertes Modul (zum Beispiel torch.jit.script(model)), dessen forward() [B, 3, N, N]-Bilder in der Eingabegröße seiner Zeile entgegennimmt und [B, C]- oder [B, C, H, W]-Merkmale zurückgibt.</translation>
    </message>
</context>
<context>
    <name>mw::app::RunQueue</name>
    <message>
        <location filename="../src/app/jobs/runqueue.cpp" line="59"/>
        <source>%1 is queued or training already</source>
        <translation>%1 ist bereits eingereiht oder trainiert gerade</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runqueue.cpp" line="84"/>
        <source>Cancelled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>mw::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/settingsdialog.cpp" line="44"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../src/app/settingsdialog.cpp" line="45"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/app/settingsdialog.cpp" line="46"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepDialog</name>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="50"/>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="51"/>
        <source>Slurm cluster</source>
        <translation>Slurm-Cluster</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="52"/>
        <source>&amp;Start sweep</source>
        <translation>Sweep &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="94"/>
        <source>Folder to make the sweep in</source>
        <translation>Ordner, in dem der Sweep angelegt wird</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="120"/>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="196"/>
        <source>Give the sweep a folder.</source>
        <translation>Geben Sie dem Sweep einen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/sweepdialog.cpp" line="207"/>
        <source>%n trial(s), each a run of its own</source>
        <translation>
            <numerusform>%n Versuch, ein eigener Lauf</numerusform>
            <numerusform>%n Versuche, jeder ein eigener Lauf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="218"/>
        <source>Log range</source>
        <translation>Log-Bereich</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="219"/>
        <source>From, to and how many values (e.g. 1e-5, 1e-2, 4):</source>
        <translation>Von, bis und wie viele Werte (z.&#xa0;B. 1e-5, 1e-2, 4):</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="228"/>
        <source>Log range: give two positive numbers and a count from 2 to 100, e.g. 1e-5, 1e-2, 4</source>
        <translation>Log-Bereich: zwei positive Zahlen und eine Anzahl von 2 bis 100 angeben, z.&#xa0;B. 1e-5, 1e-2, 4</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="242"/>
        <source>Submitting a one-second job…</source>
        <translation>Einsekündiger Job wird eingereicht…</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="248"/>
        <source>Slurm accepted the test job %1.</source>
        <translation>Slurm hat den Testjob %1 angenommen.</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepPlot</name>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="110"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="149"/>
        <source> (log scale)</source>
        <translation> (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="151"/>
        <source>Test accuracy (%)</source>
        <translation>Testgenauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="173"/>
        <source>Best trial</source>
        <translation>Bester Versuch</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="205"/>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepTableModel</name>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="47"/>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="48"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="49"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="50"/>
        <source>Val. accuracy</source>
        <translation>Val.-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="51"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="52"/>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="53"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="54"/>
        <source>p vs. best</source>
        <translation>p ggü. bestem</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="75"/>
        <source>McNemar&apos;s exact test of this trial&apos;s test answers against the best trial&apos;s, on the same digits</source>
        <translation>Exakter McNemar-Test der Testantworten dieses Versuchs gegen die des besten Versuchs, auf denselben Ziffern</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="115"/>
        <source>best</source>
        <translation>bester</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepWindow</name>
    <message>
        <location filename="../src/app/sweepwindow.cpp" line="60"/>
        <source>Sweep %1</source>
        <translation>Sweep %1</translation>
    </message>
    <message>
        <location filename="../src/app/sweepwindow.cpp" line="85"/>
        <source>All settings (parallel coordinates)</source>
        <translation>Alle Einstellungen (parallele Koordinaten)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/sweepwindow.cpp" line="108"/>
        <source>%1 of %n trial(s) finished</source>
        <translation>
            <numerusform>%1 von %n Versuch fertig</numerusform>
            <numerusform>%1 von %n Versuchen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/sweepwindow.cpp" line="110"/>
        <source>%n queued or training</source>
        <translation>
            <numerusform>%n wartet oder trainiert</numerusform>
            <numerusform>%n warten oder trainieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/sweepwindow.cpp" line="112"/>
        <source>on Slurm</source>
        <translation>auf Slurm</translation>
    </message>
</context>
<context>
    <name>mw::app::TestDigitsModel</name>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="47"/>
        <source>Test digit %1 (dataset #%2): a %3, classified right</source>
        <translation>Testziffer %1 (Datensatz #%2): eine %3, richtig klassifiziert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="48"/>
        <source>Test digit %1 (dataset #%2): a %3, predicted %4</source>
        <translation>Testziffer %1 (Datensatz #%2): eine %3, vorhergesagt als %4</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="61"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="62"/>
        <source>Probabilities %1; the true %2 got %3 %, loss %4</source>
        <translation>Wahrscheinlichkeiten %1; die richtige %2 bekam %3 %, Verlust %4</translation>
    </message>
</context>
<context>
    <name>mw::app::TorchScriptCheckJob</name>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="59"/>
        <source>%1: TorchScript module, %2 features at %3×%3 px</source>
        <translation>%1: TorchScript-Modul, %2 Merkmale bei %3×%3 px</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="67"/>
        <source>%1: cannot be used as a TorchScript backbone (%2)</source>
        <translation>%1: kann nicht als TorchScript-Backbone verwendet werden (%2)</translation>
    </message>
</context>
<context>
    <name>mw::app::TrainingJob</name>
    <message>
        <location filename="../src/app/jobs/trainingjob.cpp" line="48"/>
        <source>Internal error in the %1 run: %2</source>
        <translation>Interner Fehler im Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::TrainingPage</name>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="110"/>
        <source>%1 · run %2</source>
        <translation>%1 · Lauf %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="114"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="111"/>
        <source>Stop this run within a batch; it keeps the best weights so far</source>
        <translation>Diesen Lauf innerhalb eines Batches anhalten; er behält die bisher besten Gewichte</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="211"/>
        <location filename="../src/app/pages/trainingpage.cpp" line="401"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="241"/>
        <location filename="../src/app/pages/trainingsweep.cpp" line="120"/>
        <source>Loading data and building the network…</source>
        <translation>Daten werden geladen und das Netz wird aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/trainingpage.cpp" line="242"/>
        <source>run folder %1, %n CPU thread(s)</source>
        <translation>
            <numerusform>Laufordner %1, %n CPU-Thread</numerusform>
            <numerusform>Laufordner %1, %n CPU-Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="289"/>
        <source>%1 epoch %2: loss %3, accuracy %4 · validation loss %5, accuracy %6 · %7</source>
        <translation>%1 Epoche %2: Verlust %3, Genauigkeit %4 · Validierungsverlust %5, Genauigkeit %6 · %7</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/trainingpage.cpp" line="128"/>
        <source>Cancelled after %n epoch(s); the best weights so far are kept in its folder</source>
        <translation>
            <numerusform>Nach %n Epoche abgebrochen; die bisher besten Gewichte bleiben in seinem Ordner erhalten</numerusform>
            <numerusform>Nach %n Epochen abgebrochen; die bisher besten Gewichte bleiben in seinem Ordner erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="131"/>
        <source>Test accuracy %1, loss %2 · %3 in all</source>
        <translation>Testgenauigkeit %1, Verlust %2 · %3 insgesamt</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="136"/>
        <location filename="../src/app/pages/trainingpage.cpp" line="406"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="116"/>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="107"/>
        <source>%1 · sweep %2, trial %3</source>
        <translation>%1 · Sweep %2, Versuch %3</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="108"/>
        <source>Cancel this trial&apos;s Slurm task; its last saved state is kept for a resume</source>
        <translation>Die Slurm-Aufgabe dieses Versuchs abbrechen; sein zuletzt gespeicherter Stand bleibt zum Fortsetzen erhalten</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="320"/>
        <location filename="../src/app/pages/trainingsweep.cpp" line="128"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="358"/>
        <source>Requeued by Slurm</source>
        <translation>Von Slurm neu eingereiht</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="359"/>
        <source>Pending in Slurm&apos;s queue</source>
        <translation>Wartet in der Slurm-Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="361"/>
        <source>Goes on from its last saved state when Slurm starts it again</source>
        <translation>Setzt beim nächsten Start durch Slurm ab dem zuletzt gespeicherten Stand fort</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="362"/>
        <source>Waits for Slurm to start it</source>
        <translation>Wartet auf den Start durch Slurm</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="364"/>
        <source>Waiting for a free slot</source>
        <translation>Wartet auf einen freien Platz</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="365"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="370"/>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/trainingpage.cpp" line="383"/>
        <source>%1 · %n epoch(s) done · finishing</source>
        <translation>
            <numerusform>%1 · %n Epoche fertig · wird abgeschlossen</numerusform>
            <numerusform>%1 · %n Epochen fertig · wird abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="385"/>
        <source>%1 · epoch %2/%3</source>
        <translation>%1 · Epoche %2/%3</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="388"/>
        <source> · about %1 left in phase</source>
        <translation> · noch etwa %1 in dieser Phase</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="388"/>
        <source> · last epoch</source>
        <translation> · letzte Epoche</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="390"/>
        <source> · batch %1/%2</source>
        <translation> · Batch %1/%2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="394"/>
        <source>Best validation accuracy %1 (epoch %2)</source>
        <translation>Beste Validierungsgenauigkeit %1 (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="399"/>
        <source>On Slurm node %1</source>
        <translation>Auf Slurm-Knoten %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="410"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="414"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="431"/>
        <source>%1 running, %2 waiting</source>
        <translation>%1 laufend, %2 wartend</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="447"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="450"/>
        <source>Export learning curves</source>
        <translation>Lernkurven exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="459"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="118"/>
        <source>trial folder %1</source>
        <translation>Versuchsordner %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="119"/>
        <source>trial folder %1, on Slurm node %2</source>
        <translation>Versuchsordner %1, auf Slurm-Knoten %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="133"/>
        <source>Not run; Resume in the sweep window submits it again</source>
        <translation>Nicht gelaufen; „Fortsetzen“ im Sweep-Fenster reicht ihn erneut ein</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="134"/>
        <source>Stopped; Resume in the sweep window goes on from its last saved state</source>
        <translation>Angehalten; „Fortsetzen“ im Sweep-Fenster macht ab dem zuletzt gespeicherten Stand weiter</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsCheckJob</name>
    <message>
        <location filename="../src/app/jobs/enginejobs.cpp" line="54"/>
        <source>%1: cannot be read as weights (%2)</source>
        <translation>%1: kann nicht als Gewichte gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsDialog</name>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="175"/>
        <source>Delete weights files?</source>
        <translation>Gewichtsdateien löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/weightsdialog.cpp" line="176"/>
        <source>Delete %n file(s) from %1?</source>
        <translation>
            <numerusform>%n Datei aus %1 löschen?</numerusform>
            <numerusform>%n Dateien aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="179"/>
        <source>Runs that use them need them downloaded again. Files in your torch hub or Keras caches are never deleted here.</source>
        <translation>Für Läufe, die sie verwenden, müssen sie erneut heruntergeladen werden. Dateien in Ihren Caches von torch hub oder Keras werden hier nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="201"/>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="215"/>
        <source>No file manager could open %1</source>
        <translation>Kein Dateimanager konnte %1 öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="241"/>
        <source>This file is in another program&apos;s cache (torch hub or Keras): the app uses it where it is and never deletes it</source>
        <translation>Diese Datei liegt im Cache eines anderen Programms (torch hub oder Keras): Die Anwendung verwendet sie an Ort und Stelle und löscht sie nie</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="243"/>
        <source>Delete the selected entries&apos; files from %1 (asks first); files in the torch hub and Keras caches are never deleted here</source>
        <translation>Die Dateien der ausgewählten Einträge aus %1 löschen (mit Rückfrage); Dateien in den Caches von torch hub und Keras werden hier nie gelöscht</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="252"/>
        <source>The published weights the backbones can start from. Downloads go to %1. Files already in your torch hub cache or Keras cache are found and used where they are; Delete removes only files in the app&apos;s own folder. Keras .h5 files can be downloaded, but not loaded yet.</source>
        <translation>Die veröffentlichten Gewichte, von denen die Backbones ausgehen können. Downloads werden in %1 gespeichert. Dateien, die bereits in Ihrem torch-hub-Cache oder Keras-Cache liegen, werden gefunden und an Ort und Stelle verwendet; Löschen entfernt nur Dateien im eigenen Ordner der Anwendung. Keras-.h5-Dateien können heruntergeladen, aber noch nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsDownloadJob</name>
    <message>
        <location filename="../src/app/jobs/weightsjobs.cpp" line="67"/>
        <source>Internal error downloading %1: %2</source>
        <translation>Interner Fehler beim Herunterladen von %1: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsTableModel</name>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="21"/>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="23"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="25"/>
        <source>damaged (digest differs)</source>
        <translation>beschädigt (Prüfsumme weicht ab)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="27"/>
        <source>unchecked (no digest published)</source>
        <translation>ungeprüft (keine Prüfsumme veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="102"/>
        <source>downloading, %1 %</source>
        <translation>wird heruntergeladen, %1 %</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="103"/>
        <source>downloading…</source>
        <translation>wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="106"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="108"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="111"/>
        <source>not downloaded (%1 here; Download resumes)</source>
        <translation>nicht heruntergeladen (%1 vorhanden; Herunterladen setzt fort)</translation>
    </message>
    <message>
        <source>Keras .h5: not loadable yet</source>
        <translation type="vanished">Keras .h5: noch nicht ladbar</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="167"/>
        <source>In the app&apos;s weights folder (%1)</source>
        <translation>Im Gewichtsordner der Anwendung (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="168"/>
        <source>Found in another program&apos;s cache (torch hub or Keras); used where it is, never deleted here</source>
        <translation>Im Cache eines anderen Programms gefunden (torch hub oder Keras); wird an Ort und Stelle verwendet, hier nie gelöscht</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="170"/>
        <source>Downloads go to %1</source>
        <translation>Downloads werden in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="191"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="193"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="195"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="197"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="199"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="201"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="203"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="205"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>
