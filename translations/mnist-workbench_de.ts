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
    <name>QObject</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="18"/>
        <source>Coming next</source>
        <translation>Kommt als Nächstes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>Transfer-learning workbench for handwritten digits</source>
        <translation>Werkbank für Transfer Learning mit handgeschriebenen Ziffern</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Open the catalog dataset NAME (default MNIST).</source>
        <translation>Den Katalog-Datensatz NAME öffnen (Standard: MNIST).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="42"/>
        <source>Open the MNIST-format folder DIR.</source>
        <translation>Den Ordner DIR im MNIST-Format öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="56"/>
        <source>Dataset not found</source>
        <translation>Datensatz nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="57"/>
        <source>No dataset named &quot;%1&quot; was found. Run ./workbench.sh to fetch MNIST, or open a folder with File &gt; Open dataset folder (Ctrl+O).</source>
        <translation>Es wurde kein Datensatz namens „%1“ gefunden. Führen Sie ./workbench.sh aus, um MNIST herunterzuladen, oder öffnen Sie einen Ordner mit Datei &gt; Datenordner öffnen (Strg+O).</translation>
    </message>
</context>
<context>
    <name>mw::app::ClassCountsChart</name>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="15"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="15"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="15"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>mw::app::DataPage</name>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="24"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="73"/>
        <source>Open an MNIST-format folder</source>
        <translation>Ordner im MNIST-Format öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="98"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="110"/>
        <source>verified (SHA-256 matches the published files)</source>
        <translation>verifiziert (SHA-256 stimmt mit den veröffentlichten Dateien überein)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="111"/>
        <source>custom (valid MNIST format, not a known dataset)</source>
        <translation>benutzerdefiniert (gültiges MNIST-Format, kein bekannter Datensatz)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="115"/>
        <source>%1 (%2): %3 train + %4 test digits from %5</source>
        <translation>%1 (%2): %3 Trainings- + %4 Testziffern aus %5</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="127"/>
        <source>No dataset loaded</source>
        <translation>Kein Datensatz geladen</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="129"/>
        <source>Cannot load dataset</source>
        <translation>Datensatz kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="131"/>
        <source>A dataset folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, raw or as .gz.</source>
        <translation>Ein Datensatzordner enthält train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte und t10k-labels-idx1-ubyte, unkomprimiert oder als .gz.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="157"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="163"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="163"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="163"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/datapage.cpp" line="186"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n Ziffer</numerusform>
            <numerusform>%n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="204"/>
        <source>Digit #%1 — label &lt;b&gt;%2&lt;/b&gt; — official %3 file, index %4</source>
        <translation>Ziffer #%1 — Label &lt;b&gt;%2&lt;/b&gt; — offizielle %3-Datei, Index %4</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="207"/>
        <source>train</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="207"/>
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
    <name>mw::app::InputPreview</name>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="50"/>
        <source>Select a digit to see what the network sees.</source>
        <translation>Wählen Sie eine Ziffer, um zu sehen, was das Netz sieht.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="68"/>
        <source>Stored 28x28 uint8
[0, 255]</source>
        <translation>Datei 28x28 uint8
[0, 255]</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="69"/>
        <source>R %1
%2</source>
        <translation>R %1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="70"/>
        <source>G %1
%2</source>
        <translation>G %1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="71"/>
        <source>B %1
%2</source>
        <translation>B %1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="72"/>
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
    <name>mw::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="28"/>
        <source>MNIST Workbench</source>
        <translation>MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="34"/>
        <source>&amp;Data</source>
        <translation>Date&amp;n</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="35"/>
        <source>Choose backbones and baselines, hyperparameters per phase, split, device and weights; recipes reproduce the classic tutorials.</source>
        <translation>Backbones und Vergleichsmodelle, Hyperparameter je Phase, Aufteilung, Gerät und Gewichte wählen; Rezepte reproduzieren die klassischen Tutorials.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="36"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Experiment</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="37"/>
        <source>Live accuracy and loss curves per model, with a marker where the head phase ends and fine-tuning begins.</source>
        <translation>Live-Kurven für Genauigkeit und Verlust je Modell, mit einer Markierung, wo die Head-Phase endet und das Fine-Tuning beginnt.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="38"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="39"/>
        <source>Comparison table of test accuracy and runtime, confusion matrices and the worst mistakes.</source>
        <translation>Vergleichstabelle mit Testgenauigkeit und Laufzeit, Konfusionsmatrizen und die schlimmsten Fehler.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="40"/>
        <source>&amp;Results</source>
        <translation>E&amp;rgebnisse</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="41"/>
        <source>Draw a digit with the mouse and watch every trained model classify it.</source>
        <translation>Zeichnen Sie eine Ziffer mit der Maus und sehen Sie zu, wie jedes trainierte Modell sie klassifiziert.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="42"/>
        <source>Dra&amp;w</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="49"/>
        <source>Load failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="67"/>
        <source>&amp;Open dataset folder…</source>
        <translation>&amp;Datenordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="68"/>
        <source>&amp;Rescan datasets</source>
        <translation>Datensätze &amp;neu suchen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="72"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="80"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="81"/>
        <source>&amp;About MNIST Workbench</source>
        <translation>Ü&amp;ber MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="87"/>
        <source>About MNIST Workbench</source>
        <translation>Über MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="88"/>
        <source>&lt;h3&gt;MNIST Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-learning experiments on handwritten digits.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MNIST Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-Learning-Experimente mit handgeschriebenen Ziffern.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
</context>
</TS>
