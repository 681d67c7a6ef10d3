<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DataPage</name>
    <message>
        <location filename="../ui/datapage.ui" line="10"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="22"/>
        <source>&amp;Open folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="23"/>
        <source>Open any folder with the four MNIST-format IDX files (raw or .gz) (Ctrl+O)</source>
        <translation>Ouvrir n&apos;importe quel dossier contenant les quatre fichiers IDX au format MNIST (bruts ou .gz) (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="35"/>
        <source>S&amp;plit:</source>
        <translation>&amp;Partition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="41"/>
        <source>Standard (55,000 / 5,000 / 10,000)</source>
        <translation>Standard (55&#x202f;000 / 5&#x202f;000 / 10&#x202f;000)</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="42"/>
        <source>Keras tutorial (60,000 / 5,000 / 5,000)</source>
        <translation>Tutoriel Keras (60&#x202f;000 / 5&#x202f;000 / 5&#x202f;000)</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="47"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="53"/>
        <source>Seed that picks the 5,000 validation digits of the standard split</source>
        <translation>Graine qui tire les 5&#x202f;000 chiffres de validation de la partition standard</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="72"/>
        <source>Loading and verifying… %p%</source>
        <translation>Chargement et vérification… %p&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="87"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="94"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="95"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="96"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="101"/>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="119"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="155"/>
        <source>Digits per class</source>
        <translation>Chiffres par classe</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="165"/>
        <source>Selected digit, as the network sees it</source>
        <translation>Chiffre sélectionné, tel que le réseau le voit</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="171"/>
        <source>&amp;Model input:</source>
        <translation>&amp;Entrée du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/datapage.ui" line="198"/>
        <source>Per batch, on the training device: x / 127.5 − 1 (range [−1, 1]), bilinear resize (align_corners = false, no antialias), grey repeated to three channels.</source>
        <translation>Par lot, sur l&apos;appareil d&apos;entraînement&#xa0;: x / 127.5 − 1 (plage [−1, 1]), redimensionnement bilinéaire (align_corners = false, sans anticrénelage), gris répété sur trois canaux.</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <location filename="../ui/drawpage.ui" line="15"/>
        <source>The drawing board is in its own window.</source>
        <translation>La planche à dessin est dans sa propre fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="20"/>
        <source>&amp;Bring it back</source>
        <translation>&amp;Ramener ici</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="48"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="49"/>
        <source>Clear the canvas (Esc, or right-click on it)</source>
        <translation>Effacer le canevas (Échap, ou clic droit dessus)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="54"/>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Annuler le trait</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="55"/>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>Retirer le dernier trait (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="60"/>
        <source>B&amp;rush:</source>
        <translation>&amp;Pinceau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="66"/>
        <source>Brush width in canvas pixels (the canvas is 280×280). MNIST&apos;s strokes are about 3 of the 20 pixels a digit is tall, so 28 suits a digit drawn about 200 pixels tall</source>
        <translation>Largeur du pinceau en pixels du canevas (le canevas fait 280×280). Dans MNIST, un trait mesure environ 3 des 20 pixels de hauteur d&apos;un chiffre&#xa0;: 28 convient donc à un chiffre dessiné sur environ 200 pixels de haut</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="91"/>
        <source>Open &amp;picture…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="92"/>
        <source>Classify a picture file (any size, grey or colour; dark ink on paper is inverted). You can also drop it onto the canvas.</source>
        <translation>Classer un fichier image (toute taille, en gris ou en couleur&#xa0;; l&apos;encre foncée sur papier est inversée). Vous pouvez aussi le déposer sur le canevas.</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="97"/>
        <source>&amp;Save 28×28 PNG…</source>
        <translation>Enregi&amp;strer en PNG 28×28…</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="98"/>
        <source>Save the centred 28×28 digit, as the models see it before resizing</source>
        <translation>Enregistrer le chiffre 28×28 centré, tel que les modèles le voient avant redimensionnement</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="129"/>
        <source>What the network sees</source>
        <translation>Ce que voit le réseau</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="139"/>
        <source>The ink&apos;s bounding box, at the canvas&apos;s resolution</source>
        <translation>Le rectangle englobant de l&apos;encre, à la résolution du canevas</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="144"/>
        <source>Cropped</source>
        <translation>Rogné</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="156"/>
        <source>Scaled to fit 20×20 keeping the aspect ratio; area averaging gives the grey edges</source>
        <translation>Mis à l&apos;échelle pour tenir dans 20×20 en gardant les proportions&#xa0;; la moyenne par zone donne les bords gris</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="161"/>
        <source>Fitted into 20×20</source>
        <translation>Ajusté à 20×20</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="173"/>
        <source>Placed so its centre of mass is the centre of the 28×28 field: what MNIST&apos;s digits look like</source>
        <translation>Placé de sorte que son centre de masse soit le centre du champ 28×28&#xa0;: l&apos;aspect des chiffres de MNIST</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="178"/>
        <source>Centred 28×28</source>
        <translation>Centré 28×28</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="190"/>
        <source>The selected model&apos;s input: scaled to its range, resized to its input size, grey repeated to three channels</source>
        <translation>L&apos;entrée du modèle sélectionné&#xa0;: mise à sa plage de valeurs, redimensionnée à sa taille d&apos;entrée, gris répété sur trois canaux</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="195"/>
        <source>Model&apos;s view</source>
        <translation>Vue du modèle</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="207"/>
        <source>Where a change of the pixels moves the selected model&apos;s score for its answer most (input gradient)</source>
        <translation>Là où un changement des pixels modifie le plus le score du modèle sélectionné pour sa réponse (gradient par rapport à l&apos;entrée)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="212"/>
        <source>Saliency</source>
        <translation>Saillance</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="224"/>
        <source>&amp;Centre like MNIST (crop, fit 20×20, centre of mass)</source>
        <translation>&amp;Centrer comme MNIST (rognage, ajustement à 20×20, centre de masse)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="225"/>
        <source>Off: the whole canvas is only scaled down to 28×28, so a digit drawn small or off-centre reaches the models that way</source>
        <translation>Désactivé&#xa0;: le canevas entier est seulement réduit à 28×28, si bien qu&apos;un chiffre dessiné petit ou décentré parvient tel quel aux modèles</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="231"/>
        <source>Saliency on the ca&amp;nvas</source>
        <translation>Saillance sur le ca&amp;nevas</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="250"/>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="251"/>
        <source>Move the drawing board into its own window (for a projector); close that window to bring it back</source>
        <translation>Déplacer la planche à dessin dans sa propre fenêtre (pour un projecteur)&#xa0;; fermez cette fenêtre pour la ramener</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="266"/>
        <source>Predictions (click a model to see its saliency)</source>
        <translation>Prédictions (cliquez sur un modèle pour voir sa carte de saillance)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="299"/>
        <source>Models (tick the ones that classify)</source>
        <translation>Modèles (cochez ceux qui classent)</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="304"/>
        <source>Trained runs from the run store and checkpoints you loaded</source>
        <translation>Exécutions entraînées du dossier des exécutions et points de contrôle que vous avez chargés</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="311"/>
        <source>Load &amp;checkpoint…</source>
        <translation>C&amp;harger un point de contrôle…</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="312"/>
        <source>Add a run folder&apos;s best.safetensors, or any MNIST Workbench checkpoint</source>
        <translation>Ajouter le best.safetensors d&apos;un dossier d&apos;exécution, ou n&apos;importe quel point de contrôle MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../ui/drawpage.ui" line="317"/>
        <source>Re&amp;fresh runs</source>
        <translation>Actualiser les e&amp;xécutions</translation>
    </message>
</context>
<context>
    <name>ExperimentPage</name>
    <message>
        <location filename="../ui/experimentpage.ui" line="11"/>
        <source>Re&amp;cipe:</source>
        <translation>&amp;Recette&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="21"/>
        <source>Fill the page with one of the tutorials&apos; experiments (resources/recipes; $MNIST_WORKBENCH_RECIPES points elsewhere)</source>
        <translation>Remplir la page avec l&apos;une des expériences des tutoriels (resources/recipes&#xa0;; $MNIST_WORKBENCH_RECIPES désigne un autre emplacement)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="50"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="56"/>
        <source>Tick the models to run; each becomes one run. Double-click a backbone&apos;s input size to change it.</source>
        <translation>Cochez les modèles à exécuter&#xa0;; chacun donne une exécution. Double-cliquez sur la taille d&apos;entrée d&apos;un backbone pour la modifier.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="72"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="77"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="82"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="87"/>
        <source>Head phase trains</source>
        <translation>Entraînés en phase tête</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="92"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="130"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="139"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="149"/>
        <source>The dataset the runs train and test on (the Data page&apos;s choice)</source>
        <translation>Le jeu de données sur lequel les exécutions s&apos;entraînent et sont testées (le choix de la page Données)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="156"/>
        <source>S&amp;plit:</source>
        <translation>&amp;Partition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="166"/>
        <source>Standard: 55,000 train / 5,000 validation (drawn by the seed) / the official 10,000 test.
Keras tutorial: all 70,000 in official order, 60,000 / 5,000 / 5,000.</source>
        <translation>Standard&#xa0;: 55&#x202f;000 entraînement / 5&#x202f;000 validation (tirés par la graine) / les 10&#x202f;000 de test officiels.
Tutoriel Keras&#xa0;: les 70&#x202f;000 dans l&apos;ordre officiel, 60&#x202f;000 / 5&#x202f;000 / 5&#x202f;000.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="171"/>
        <source>Standard (55,000 / 5,000 / 10,000)</source>
        <translation>Standard (55&#x202f;000 / 5&#x202f;000 / 10&#x202f;000)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="176"/>
        <source>Keras tutorial (60,000 / 5,000 / 5,000)</source>
        <translation>Tutoriel Keras (60&#x202f;000 / 5&#x202f;000 / 5&#x202f;000)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="184"/>
        <source>Training &amp;digits:</source>
        <translation>C&amp;hiffres d&apos;entraînement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="194"/>
        <source>Keep only the first N training digits (All: the whole training part); quick demos use a few thousand</source>
        <translation>Ne garder que les N premiers chiffres d&apos;entraînement (Tous&#xa0;: toute la partie entraînement)&#xa0;; les démonstrations rapides en utilisent quelques milliers</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="206"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="216"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="226"/>
        <source>Seed of the validation split, the initial weights, shuffling, dropout and augmentation</source>
        <translation>Graine de la partition de validation, des poids initiaux, du mélange, du dropout et de l&apos;augmentation</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="245"/>
        <source>Head phase (a baseline&apos;s only phase)</source>
        <translation>Phase tête (la seule phase d&apos;un modèle de référence)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="438"/>
        <source>A torchvision/PyTorch state dict (.pth) or safetensors file for the ticked backbones (Pretrain… makes one), or Keras .h5 weights for the Keras backbones; it is read and checked before any run starts</source>
        <translation>Un state dict torchvision/PyTorch (.pth) ou un fichier safetensors pour les backbones cochés (Pré-entraîner… en crée un), ou des poids Keras .h5 pour les backbones Keras&#xa0;; il est lu et vérifié avant le démarrage de toute exécution</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="441"/>
        <source>.pth, .safetensors or Keras .h5</source>
        <translation>.pth, .safetensors ou Keras .h5</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="538"/>
        <source>How pixels are scaled: the tutorial&apos;s [-1, 1], ImageNet mean/std (what torchvision&apos;s ImageNet weights expect), or Keras&apos;s &quot;caffe&quot; mode (BGR minus the ImageNet mean: Keras&apos;s ResNet50 and VGG16 weights)</source>
        <translation>Mise à l’échelle des pixels&#xa0;: [-1, 1] du tutoriel, moyenne/écart type ImageNet (ce qu’attendent les poids ImageNet de torchvision) ou mode «&#xa0;caffe&#xa0;» de Keras (BGR moins la moyenne ImageNet&#xa0;: poids ResNet50 et VGG16 de Keras)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="755"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>A torchvision/PyTorch state dict (.pth) or safetensors file for the ticked backbones (Pretrain… makes one); it is read and checked before any run starts</source>
        <translation type="vanished">Un state dict torchvision/PyTorch (.pth) ou un fichier safetensors pour les backbones cochés (Pré-entraîner… en crée un)&#xa0;; il est lu et vérifié avant le démarrage de toute exécution</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="254"/>
        <source>From &amp;scratch:</source>
        <translation>De &amp;zéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="262"/>
        <source>Learning rate of the networks trained from scratch (Dense, MLP, CNNs): they want about 10x the rate of a new head on a pretrained backbone</source>
        <translation>Taux d’apprentissage des réseaux entraînés de zéro (Dense, MLP, CNN)&#xa0;: il leur faut environ 10 fois le taux d’une nouvelle tête sur un backbone pré-entraîné</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="273"/>
        <source>Fine-tune phase (backbones)</source>
        <translation>Phase d&apos;affinage (backbones)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="282"/>
        <source>&amp;Frozen layers:</source>
        <translation>&amp;Couches gelées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="290"/>
        <source>Keep the backbone&apos;s first K layers frozen while fine-tuning (0: train all but BatchNorm)</source>
        <translation>Garder gelées les K premières couches du backbone pendant l&apos;affinage (0&#xa0;: tout entraîner sauf BatchNorm)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="302"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="310"/>
        <source>Backbone weights</source>
        <translation>Poids du backbone</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="319"/>
        <source>&amp;Weights:</source>
        <translation>Poi&amp;ds&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="331"/>
        <source>Where the backbones&apos; weights come from (baselines always start from scratch)</source>
        <translation>Provenance des poids des backbones (les modèles de référence partent toujours de zéro)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="335"/>
        <source>Random init</source>
        <translation>Initialisation aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="340"/>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="345"/>
        <source>ImageNet weights (catalog)</source>
        <translation>Poids ImageNet (catalogue)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="353"/>
        <source>Pretrain a backbone here on another dataset (such as Fashion-MNIST) and use its weights from a file</source>
        <translation>Pré-entraîner ici un backbone sur un autre jeu de données (comme Fashion-MNIST) et utiliser ses poids depuis un fichier</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="356"/>
        <source>Pretra&amp;in…</source>
        <translation>Pré-entraî&amp;ner…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="372"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="382"/>
        <source>ImageNet:</source>
        <translation>ImageNet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="397"/>
        <source>The catalog&apos;s ImageNet weights for each ticked backbone (File &gt; Weights… lists them all); each run uses the normalization its weights were trained with</source>
        <translation>Les poids ImageNet du catalogue pour chaque backbone coché (Fichier &gt; Poids… les liste tous)&#xa0;; chaque exécution utilise la normalisation avec laquelle ses poids ont été entraînés</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="412"/>
        <source>Download and verify the ImageNet weights that the ticked backbones lack; the window stays usable, and Run queues its runs once they are here</source>
        <translation>Télécharger et vérifier les poids ImageNet qui manquent aux backbones cochés&#xa0;; la fenêtre reste utilisable, et Lancer met les exécutions en file d&apos;attente dès que les poids sont là</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="415"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>.pth or .safetensors</source>
        <translation type="vanished">.pth ou .safetensors</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="448"/>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="457"/>
        <source>&amp;TorchScript:</source>
        <translation>Torch&amp;Script&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="469"/>
        <source>The module saved with torch.jit.save that “Your TorchScript module” runs as its backbone, with its own weights; it is loaded and probed before any run starts</source>
        <translation>Le module enregistré avec torch.jit.save que «&#xa0;Votre module TorchScript&#xa0;» exécute comme backbone, avec ses propres poids&#xa0;; il est chargé et sondé avant le démarrage de toute exécution</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="472"/>
        <source>A .pt module</source>
        <translation>Un module .pt</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="479"/>
        <source>Brow&amp;se…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="493"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="502"/>
        <source>&amp;Batch size:</source>
        <translation>Taill&amp;e de lot&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="512"/>
        <source>Digits per training step (both phases)</source>
        <translation>Chiffres par pas d&apos;entraînement (les deux phases)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="528"/>
        <source>&amp;Normalization:</source>
        <translation>&amp;Normalisation&#xa0;:</translation>
    </message>
    <message>
        <source>How pixels are scaled: the tutorial&apos;s [-1, 1], or ImageNet mean/std (what torchvision&apos;s ImageNet weights expect)</source>
        <translation type="vanished">Mise à l&apos;échelle des pixels&#xa0;: [-1, 1] comme dans le tutoriel, ou moyenne/écart type ImageNet (ce qu&apos;attendent les poids ImageNet de torchvision)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="542"/>
        <source>Tutorial: [-1, 1]</source>
        <translation>Tutoriel&#xa0;: [-1, 1]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="547"/>
        <source>ImageNet mean / std</source>
        <translation>Moyenne / écart type ImageNet</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="552"/>
        <source>Caffe: BGR minus ImageNet mean</source>
        <translation>Caffe&#xa0;: BGR moins la moyenne ImageNet</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="560"/>
        <source>Cache backbone features in the head phase</source>
        <translation>Mettre en cache les caractéristiques du backbone en phase tête</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="563"/>
        <source>The frozen backbone&apos;s features are computed once and reused every head epoch (not with augmentation)</source>
        <translation>Les caractéristiques du backbone gelé sont calculées une fois et réutilisées à chaque époque de la phase tête (pas avec l&apos;augmentation)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="573"/>
        <source>&amp;Augment training digits</source>
        <translation>&amp;Augmenter les chiffres d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="576"/>
        <source>Random rotation, shift, zoom and shear of each training digit, drawn per batch</source>
        <translation>Rotation, translation, zoom et cisaillement aléatoires de chaque chiffre d&apos;entraînement, tirés par lot</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="586"/>
        <source>&amp;Rotation:</source>
        <translation>R&amp;otation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="596"/>
        <source>Uniform in [-r, r]</source>
        <translation>Uniforme dans [-r, r]</translation>
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
        <translation>Tran&amp;slation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="631"/>
        <source>Fraction of the side, uniform in [-s, s] per axis</source>
        <translation>Fraction du côté, uniforme dans [-s, s] par axe</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="653"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="663"/>
        <source>Scale uniform in [1 - z, 1 + z]</source>
        <translation>Facteur d&apos;échelle uniforme dans [1 - z, 1 + z]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="685"/>
        <source>Shea&amp;r:</source>
        <translation>&amp;Cisaillement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="695"/>
        <source>Degrees, uniform in [-s, s]</source>
        <translation>Degrés, uniforme dans [-s, s]</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="720"/>
        <source>Horizontal flips (wrong for digits)</source>
        <translation>Retournements horizontaux (inadaptés aux chiffres)</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="723"/>
        <source>Offered because the tutorials did: a flipped 2 is not a 2</source>
        <translation>Proposé parce que les tutoriels le faisaient&#xa0;: un 2 retourné n&apos;est pas un 2</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="733"/>
        <source>Shi&amp;fted digits:</source>
        <translation>Chiffres &amp;décalés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="743"/>
        <source>Every digit (train, validation and test) sits at its own random position on a black canvas of this size, fixed by the seed: a test of translation robustness (the MLP-vs-CNN tutorial used 48). Off: digits as they are.</source>
        <translation>Chaque chiffre (entraînement, validation et test) occupe sa propre position aléatoire sur un canevas noir de cette taille, fixée par la graine&#xa0;: un test de robustesse à la translation (le tutoriel MLP contre CNN utilisait 48). Désactivé&#xa0;: chiffres tels quels.</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="758"/>
        <source> px canvas</source>
        <translation> px de canevas</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="768"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="777"/>
        <source>De&amp;vice:</source>
        <translation>Appa&amp;reil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="787"/>
        <source>Where the runs train; Auto takes a GPU when there is one</source>
        <translation>Où les exécutions s&apos;entraînent&#xa0;; Auto prend un GPU s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="794"/>
        <source>Found:</source>
        <translation>Détectés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="814"/>
        <source>Runs at &amp;once:</source>
        <translation>E&amp;xécutions simultanées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="824"/>
        <source>How many runs train at the same time; the CPU cores are split between them</source>
        <translation>Nombre d&apos;exécutions entraînées en même temps&#xa0;; les cœurs CPU sont répartis entre elles</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="840"/>
        <source>Allow several runs on one GPU</source>
        <translation>Autoriser plusieurs exécutions sur un même GPU</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="843"/>
        <source>Off: runs on a GPU wait for each other</source>
        <translation>Désactivé&#xa0;: les exécutions sur un GPU s&apos;attendent les unes les autres</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="904"/>
        <source>S&amp;weep…</source>
        <translation>&amp;Balayage…</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="907"/>
        <source>Run these settings many times with some of them varied: on this computer or a Slurm cluster</source>
        <translation>Exécuter ces réglages de nombreuses fois en en faisant varier certains&#xa0;: sur cet ordinateur ou sur un cluster Slurm</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="914"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../ui/experimentpage.ui" line="917"/>
        <source>Queue one run per ticked model and watch them on the Training page (Ctrl+R)</source>
        <translation>Mettre en file d&apos;attente une exécution par modèle coché et les suivre sur la page Entraînement (Ctrl+R)</translation>
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
        <translation>moyenne/écart type ImageNet</translation>
    </message>
    <message>
        <location filename="../src/app/format.cpp" line="32"/>
        <source>BGR minus ImageNet mean (caffe)</source>
        <translation>BGR moins la moyenne ImageNet (caffe)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="63"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="63"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/app/helpdialogs.cpp" line="95"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
</context>
<context>
    <name>PhaseSettings</name>
    <message>
        <location filename="../ui/phasesettings.ui" line="24"/>
        <source>&amp;Epochs (at most):</source>
        <translation>Épo&amp;ques (au plus)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="47"/>
        <source>&amp;Patience:</source>
        <translation>Pat&amp;ience&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="57"/>
        <source>Early stopping: stop after this many epochs without a better validation accuracy, and keep the best epoch&apos;s weights (Off: run every epoch)</source>
        <translation>Arrêt précoce&#xa0;: s&apos;arrêter après ce nombre d&apos;époques sans amélioration de la précision de validation, et garder les poids de la meilleure époque (Désactivé&#xa0;: exécuter toutes les époques)</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="69"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="72"/>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="79"/>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimiseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="89"/>
        <source>Optimizer of this phase</source>
        <translation>Optimiseur de cette phase</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="96"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Taux d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="106"/>
        <source>Learning rate of this phase, e.g. 1e-4 or 0.0001</source>
        <translation>Taux d&apos;apprentissage de cette phase, p. ex. 1e-4 ou 0.0001</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="116"/>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momentum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="126"/>
        <source>Momentum of SGD and RMSprop (Adam has its own)</source>
        <translation>Momentum de SGD et RMSprop (Adam a le sien)</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="148"/>
        <source>Nesterov momentum</source>
        <translation>Momentum de Nesterov</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="151"/>
        <source>SGD with Nesterov momentum (needs a momentum above 0)</source>
        <translation>SGD avec momentum de Nesterov (nécessite un momentum supérieur à 0)</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="161"/>
        <source>Batch si&amp;ze:</source>
        <translation>Taille de lo&amp;t&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="177"/>
        <source>Digits per step in this phase; the head on cached features can take far larger batches (e.g. 256) than fine-tuning</source>
        <translation>Chiffres par pas dans cette phase&#xa0;; la tête sur les caractéristiques en cache accepte des lots bien plus grands (p.&#xa0;ex. 256) que l&apos;affinage</translation>
    </message>
    <message>
        <location filename="../ui/phasesettings.ui" line="189"/>
        <source>The run&apos;s batch size</source>
        <translation>Taille de lot de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>PretrainDialog</name>
    <message>
        <location filename="../ui/pretraindialog.ui" line="6"/>
        <source>Pretrain a backbone</source>
        <translation>Pré-entraîner un backbone</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="12"/>
        <source>Trains a backbone from random weights together with a head, end to end, on another dataset, and writes the backbone&apos;s weights; a transfer run on the Experiment page then starts from them. Split, seed, batch size, normalization and device are the Experiment page&apos;s.</source>
        <translation>Entraîne un backbone à partir de poids aléatoires avec une tête, de bout en bout, sur un autre jeu de données, puis écrit les poids du backbone&#xa0;; une exécution par transfert sur la page Expérience part ensuite de ces poids. La partition, la graine, la taille de lot, la normalisation et l&apos;appareil sont ceux de la page Expérience.</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="27"/>
        <source>&amp;Backbone:</source>
        <translation>&amp;Backbone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="37"/>
        <source>The network whose backbone learns; its head is dropped afterwards</source>
        <translation>Le réseau dont le backbone apprend&#xa0;; sa tête est ensuite supprimée</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="44"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="54"/>
        <source>What the backbone learns on: another MNIST-format dataset than the one it will transfer to (Fashion-MNIST ships in Debian)</source>
        <translation>Ce sur quoi le backbone apprend&#xa0;: un jeu de données au format MNIST autre que celui vers lequel il sera transféré (Fashion-MNIST est fourni dans Debian)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="61"/>
        <source>&amp;Epochs (at most):</source>
        <translation>Épo&amp;ques (au plus)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="71"/>
        <source>Stops early after 3 epochs without a better validation accuracy and keeps the best epoch&apos;s weights</source>
        <translation>S&apos;arrête tôt après 3 époques sans amélioration de la précision de validation et garde les poids de la meilleure époque</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="87"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Taux d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="97"/>
        <source>Adam&apos;s learning rate (write 1e-3 or 0.001)</source>
        <translation>Taux d&apos;apprentissage d&apos;Adam (écrivez 1e-3 ou 0.001)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="107"/>
        <source>Training &amp;digits:</source>
        <translation>C&amp;hiffres d&apos;entraînement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="117"/>
        <source>Keep only the first N training digits (All: the whole training part)</source>
        <translation>Ne garder que les N premiers chiffres d&apos;entraînement (Tous&#xa0;: toute la partie entraînement)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="120"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="133"/>
        <source>&amp;Input size:</source>
        <translation>Taille d&apos;&amp;entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="143"/>
        <source>The digits are resized to this side; use the same size for the transfer run</source>
        <translation>Les chiffres sont redimensionnés à ce côté&#xa0;; utilisez la même taille pour l&apos;exécution par transfert</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="156"/>
        <source>&amp;Output file:</source>
        <translation>&amp;Fichier de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="168"/>
        <source>The safetensors file the backbone&apos;s weights go to (written only when an epoch finished, never half-written)</source>
        <translation>Le fichier safetensors qui reçoit les poids du backbone (écrit seulement à la fin d&apos;une époque, jamais à moitié)</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="175"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="216"/>
        <source>One row per finished epoch; the best one (the weights that are written) in bold</source>
        <translation>Une ligne par époque terminée&#xa0;; la meilleure (celle dont les poids sont écrits) en gras</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="229"/>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="234"/>
        <source>Training accuracy</source>
        <translation>Précision d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="239"/>
        <source>Validation accuracy</source>
        <translation>Précision de validation</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="244"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="267"/>
        <source>Start pretraining on the app&apos;s thread pool; the app stays usable meanwhile</source>
        <translation>Démarrer le pré-entraînement dans le pool de threads de l&apos;application&#xa0;; l&apos;application reste utilisable pendant ce temps</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="270"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="277"/>
        <source>Stop within a batch; nothing is written</source>
        <translation>Arrêter en moins d&apos;un lot&#xa0;; rien n&apos;est écrit</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="280"/>
        <source>&amp;Cancel pretraining</source>
        <translation>&amp;Annuler le pré-entraînement</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="294"/>
        <source>Put the file into the Experiment page&apos;s weights field and tick this backbone at this input size</source>
        <translation>Placer le fichier dans le champ des poids de la page Expérience et cocher ce backbone à cette taille d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="297"/>
        <source>&amp;Use these weights</source>
        <translation>&amp;Utiliser ces poids</translation>
    </message>
    <message>
        <location filename="../ui/pretraindialog.ui" line="304"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="38"/>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="39"/>
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="42"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="27"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="29"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="31"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="40"/>
        <source>%1: cannot save a figure as &quot;%2&quot; (choose %3)</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer une figure au format «&#xa0;%2&#xa0;» (choisissez %3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="53"/>
        <source>%1: cannot write the image</source>
        <translation>%1&#xa0;: impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="64"/>
        <source>%1: cannot write the PDF</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le PDF</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="77"/>
        <source>%1: cannot write the SVG</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le SVG</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/figureexport.cpp" line="83"/>
        <source>%1: could not be written</source>
        <translation>%1&#xa0;: n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../ui/resultspage.ui" line="10"/>
        <source>McNemar &amp;reference:</source>
        <translation>&amp;Référence McNemar&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="16"/>
        <source>The run every other run is compared with in the McNemar column (same dataset, split and test digits only)</source>
        <translation>L&apos;exécution à laquelle toutes les autres sont comparées dans la colonne McNemar (uniquement même jeu de données, même partition et mêmes chiffres de test)</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="23"/>
        <source>Show every run, or only the trials of one sweep</source>
        <translation>Montrer toutes les exécutions, ou seulement les essais d’un balayage</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="35"/>
        <source>Re&amp;load runs</source>
        <translation>Re&amp;charger les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="36"/>
        <source>Read the run store folder again</source>
        <translation>Relire le dossier des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="41"/>
        <source>E&amp;xport table</source>
        <translation>E&amp;xporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="42"/>
        <source>Save the table, in the order shown, as CSV or JSON</source>
        <translation>Enregistrer le tableau, dans l&apos;ordre affiché, en CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="50"/>
        <source>Res&amp;ume run</source>
        <translation>Re&amp;prendre l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="51"/>
        <source>Go on with the selected cancelled run from its last saved epoch; it ends as it would have without the stop</source>
        <translation>Reprendre l&apos;exécution annulée sélectionnée depuis sa dernière époque sauvegardée&#xa0;; elle se termine comme elle l&apos;aurait fait sans l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="56"/>
        <source>&amp;Delete run…</source>
        <translation>&amp;Supprimer l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="57"/>
        <source>Delete the selected run&apos;s folder (result, checkpoint and log) (Del)</source>
        <translation>Supprimer le dossier de l&apos;exécution sélectionnée (résultat, point de contrôle et journal) (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="84"/>
        <source>Run&amp;time</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="96"/>
        <source>&amp;Accuracy</source>
        <translation>&amp;Précision</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="108"/>
        <source>C&amp;urves</source>
        <translation>Co&amp;urbes</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="109"/>
        <source>The selected run&apos;s accuracy and loss per epoch, with the marker where fine-tuning began</source>
        <translation>Précision et perte de l&apos;exécution choisie par époque, avec le repère du début de l&apos;affinage</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="132"/>
        <source>Save c&amp;hart…</source>
        <translation>Enregistrer le &amp;graphique…</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="133"/>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique affiché en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="146"/>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="152"/>
        <source>Click a cell to see its test digits</source>
        <translation>Cliquez sur une case pour voir ses chiffres de test</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="165"/>
        <source>Save &amp;matrix…</source>
        <translation>Enregistrer la &amp;matrice…</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="166"/>
        <source>Save the confusion matrix as PNG, SVG or PDF</source>
        <translation>Enregistrer la matrice de confusion en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="179"/>
        <source>Most &amp;common confusions</source>
        <translation>C&amp;onfusions les plus fréquentes</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="185"/>
        <source>The matrix&apos;s largest error cells; pick one to see its digits</source>
        <translation>Les plus grandes cases d&apos;erreur de la matrice&#xa0;; choisissez-en une pour voir ses chiffres</translation>
    </message>
    <message>
        <location filename="../ui/resultspage.ui" line="194"/>
        <source>Select a run</source>
        <translation>Sélectionnez une exécution</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="14"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="24"/>
        <source>The language of the menus, pages and messages; it changes at once</source>
        <translation>La langue des menus, des pages et des messages&#xa0;; elle change aussitôt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="31"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="41"/>
        <source>Light or dark colours; plots and charts follow</source>
        <translation>Couleurs claires ou sombres&#xa0;; courbes et graphiques suivent</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="48"/>
        <source>Weights &amp;mirror:</source>
        <translation>&amp;Miroir des poids&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="58"/>
        <source>A base URL that replaces the host of every weights download (for example http://mirror.lab/pytorch turns https://download.pytorch.org/models/x.pth into http://mirror.lab/pytorch/models/x.pth); empty: download from where the catalog says</source>
        <translation>Une URL de base qui remplace l&apos;hôte de chaque téléchargement de poids (par exemple, http://mirror.lab/pytorch transforme https://download.pytorch.org/models/x.pth en http://mirror.lab/pytorch/models/x.pth)&#xa0;; vide&#xa0;: télécharger depuis l&apos;adresse indiquée par le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="61"/>
        <source>none: download from the catalog&apos;s URLs</source>
        <translation>aucun&#xa0;: télécharger depuis les URL du catalogue</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="80"/>
        <source>Window layout, the last dataset and the experiment settings are kept between sessions.</source>
        <translation>La disposition de la fenêtre, le dernier jeu de données et les paramètres de l&apos;expérience sont conservés d&apos;une session à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/sweepdialog.ui" line="6"/>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="12"/>
        <source>Runs the Experiment page&apos;s settings many times: one trial per combination of the values below (or a random choice of them). Every trial is checked before anything runs, and each becomes a run of its own.</source>
        <translation>Exécute les réglages de la page Expérience de nombreuses fois&#xa0;: un essai par combinaison des valeurs ci-dessous (ou un choix aléatoire parmi elles). Chaque essai est vérifié avant que rien ne démarre, et chacun devient une exécution à part entière.</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="22"/>
        <source>One row per setting to vary: its values separated by commas (learning rates as 1e-4, whole numbers, true/false, or a list such as [128,64])</source>
        <translation>Une ligne par réglage à faire varier&#xa0;: ses valeurs séparées par des virgules (taux d’apprentissage comme 1e-4, nombres entiers, true/false ou une liste comme [128,64])</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="35"/>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="40"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="50"/>
        <source>&amp;Add setting</source>
        <translation>&amp;Ajouter un réglage</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="57"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="64"/>
        <source>&amp;Log range…</source>
        <translation>Plage &amp;logarithmique…</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="67"/>
        <source>Fill the selected row with values evenly spaced on a log scale (for learning rates)</source>
        <translation>Remplir la ligne choisie de valeurs régulièrement espacées sur une échelle logarithmique (pour les taux d’apprentissage)</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="85"/>
        <source>Every &amp;combination</source>
        <translation>Toutes les &amp;combinaisons</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="95"/>
        <source>&amp;Random choice of</source>
        <translation>Choix &amp;aléatoire de</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="115"/>
        <source>dra&amp;wn with seed</source>
        <translation>tirés avec la &amp;graine</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="153"/>
        <source>R&amp;un on:</source>
        <translation>E&amp;xécuter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="166"/>
        <source>Sweep &amp;folder:</source>
        <translation>&amp;Dossier du balayage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="178"/>
        <source>A new folder: sweep.json and one run folder per trial go there (on Slurm, a folder the nodes share)</source>
        <translation>Un nouveau dossier&#xa0;: sweep.json et un dossier d’exécution par essai y sont écrits (avec Slurm, un dossier que les nœuds partagent)</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="185"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="196"/>
        <source>Slurm cluster</source>
        <translation>Cluster Slurm</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="202"/>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="212"/>
        <source>the cluster&apos;s default</source>
        <translation>celle du cluster par défaut</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="219"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="232"/>
        <source>Per &amp;trial:</source>
        <translation>Par &amp;essai&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="244"/>
        <source> CPUs</source>
        <translation> CPU</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="257"/>
        <source> GPUs</source>
        <translation> GPU</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="267"/>
        <source>memory, e.g. 8G</source>
        <translation>mémoire, p.&#xa0;ex. 8G</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="274"/>
        <source>time, e.g. 02:00:00</source>
        <translation>durée, p.&#xa0;ex. 02:00:00</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="283"/>
        <source>Trials at &amp;once:</source>
        <translation>Essais &amp;simultanés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="293"/>
        <source>as many as Slurm starts</source>
        <translation>autant que Slurm en lance</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="303"/>
        <source>CLI on the &amp;nodes:</source>
        <translation>CLI sur les &amp;nœuds&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="313"/>
        <source>mnist-workbench-cli as the nodes find it: a path, or a name on their PATH</source>
        <translation>mnist-workbench-cli tel que les nœuds le trouvent&#xa0;: un chemin, ou un nom dans leur PATH</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="320"/>
        <source>&amp;Shared folder:</source>
        <translation>Dossier &amp;partagé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="330"/>
        <source>Where new sweeps go: a folder the nodes see at the same path (the dataset must be on a shared filesystem too)</source>
        <translation>Où vont les nouveaux balayages&#xa0;: un dossier que les nœuds voient au même chemin (le jeu de données doit aussi être sur un système de fichiers partagé)</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="337"/>
        <source>More #SBATCH &amp;lines:</source>
        <translation>&amp;Lignes #SBATCH en plus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="347"/>
        <source>one per line, e.g. --qos=short</source>
        <translation>une par ligne, p.&#xa0;ex. --qos=short</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="362"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/sweepdialog.ui" line="365"/>
        <source>Submit a one-second job with these settings and show what Slurm says</source>
        <translation>Soumettre une tâche d’une seconde avec ces réglages et montrer ce que Slurm répond</translation>
    </message>
</context>
<context>
    <name>SweepWindow</name>
    <message>
        <location filename="../ui/sweepwindow.ui" line="6"/>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="44"/>
        <source>Accuracy by setting</source>
        <translation>Exactitude selon le réglage</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="52"/>
        <source>&amp;Plot against:</source>
        <translation>&amp;Tracer selon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="85"/>
        <source>Learning curves</source>
        <translation>Courbes d’apprentissage</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="108"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="111"/>
        <source>Read the trials&apos; folders again (every two seconds by itself while trials are queued or training)</source>
        <translation>Relire les dossiers des essais (toutes les deux secondes d’elle-même tant que des essais attendent ou s’entraînent)</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="118"/>
        <source>&amp;Cancel sweep</source>
        <translation>&amp;Annuler le balayage</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="121"/>
        <source>Stop the trials that are queued or training; finished trials are kept</source>
        <translation>Arrêter les essais en attente ou en cours d’entraînement&#xa0;; les essais terminés sont conservés</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="128"/>
        <source>Cancel &amp;trial</source>
        <translation>Annuler l’&amp;essai</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="131"/>
        <source>Stop the selected trial&apos;s Slurm task; Resume goes on with it later</source>
        <translation>Arrêter la tâche Slurm de l’essai choisi&#xa0;; «&#xa0;Reprendre&#xa0;» le poursuit plus tard</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="138"/>
        <source>Re&amp;sume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="141"/>
        <source>Run again every trial that did not finish, where the sweep ran; stopped trials go on from their last saved state</source>
        <translation>Relancer chaque essai non terminé, là où le balayage s’exécutait&#xa0;; les essais arrêtés reprennent à leur dernier état enregistré</translation>
    </message>
    <message>
        <location filename="../ui/sweepwindow.ui" line="155"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../ui/trainingpage.ui" line="11"/>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="21"/>
        <source>All runs side by side (accuracy above, loss below), or one run large</source>
        <translation>Toutes les exécutions côte à côte (précision en haut, perte en bas), ou une seule en grand</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="25"/>
        <source>All runs (grid)</source>
        <translation>Toutes les exécutions (grille)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="30"/>
        <source>One run</source>
        <translation>Une exécution</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="38"/>
        <source>The run the single view shows</source>
        <translation>L&apos;exécution affichée par la vue unique</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="67"/>
        <source>&amp;Export plot…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="70"/>
        <source>Save the curves as they are shown (PNG, PDF, SVG where available)</source>
        <translation>Enregistrer les courbes telles qu&apos;elles sont affichées (PNG, PDF, SVG si disponible)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="77"/>
        <source>Cancel &amp;all</source>
        <translation>&amp;Tout annuler</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="80"/>
        <source>Stop every run: running ones keep their best weights so far, waiting ones are dropped</source>
        <translation>Arrêter toutes les exécutions&#xa0;: celles en cours gardent leurs meilleurs poids obtenus jusque-là, celles en attente sont abandonnées</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="87"/>
        <source>C&amp;lear finished</source>
        <translation>&amp;Retirer les terminées</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="90"/>
        <source>Remove finished, cancelled and failed runs from this page (their folders stay; the Results page keeps them)</source>
        <translation>Retirer de cette page les exécutions terminées, annulées et échouées (leurs dossiers restent&#xa0;; la page Résultats les conserve)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="137"/>
        <source>No runs yet. Tick models on the Experiment page and press Run (Ctrl+R).</source>
        <translation>Aucune exécution pour l&apos;instant. Cochez des modèles sur la page Expérience et appuyez sur Lancer (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/trainingpage.ui" line="168"/>
        <source>One line per epoch, and what each run&apos;s log says.</source>
        <translation>Une ligne par époque, et ce que dit le journal de chaque exécution.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../src/app/uilanguage.cpp" line="25"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../ui/weightsdialog.ui" line="6"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="56"/>
        <source>Look for the selected entries&apos; files again and compare their digests with the published ones (all entries when none is selected)</source>
        <translation>Rechercher de nouveau les fichiers des entrées sélectionnées et comparer leurs empreintes à celles publiées (toutes les entrées si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="59"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="66"/>
        <source>Download the selected entries&apos; files into the app&apos;s weights folder and verify them; a cancelled download resumes where it stopped</source>
        <translation>Télécharger les fichiers des entrées sélectionnées dans le dossier des poids de l&apos;application et les vérifier&#xa0;; un téléchargement annulé reprend là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="69"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="76"/>
        <source>D&amp;elete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="83"/>
        <source>Open the folder of the selected entry&apos;s file (the app&apos;s weights folder when it has none)</source>
        <translation>Ouvrir le dossier du fichier de l&apos;entrée sélectionnée (le dossier des poids de l&apos;application si elle n&apos;en a pas)</translation>
    </message>
    <message>
        <location filename="../ui/weightsdialog.ui" line="86"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="26"/>
        <source>Transfer-learning workbench for handwritten digits</source>
        <translation>Atelier d&apos;apprentissage par transfert pour chiffres manuscrits</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="31"/>
        <source>Open the catalog dataset NAME (default: the last one used, else MNIST).</source>
        <translation>Ouvrir le jeu de données NAME du catalogue (par défaut&#xa0;: le dernier utilisé, sinon MNIST).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>Open the MNIST-format folder DIR.</source>
        <translation>Ouvrir le dossier DIR au format MNIST.</translation>
    </message>
</context>
<context>
    <name>mw::app::ClassCountsChart</name>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="55"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/classcountschart.cpp" line="55"/>
        <source>Validation</source>
        <translation>Validation</translation>
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
        <translation>Sélectionnez une exécution pour voir sa matrice de confusion</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="164"/>
        <source>Predicted digit</source>
        <translation>Chiffre prédit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="169"/>
        <source>True digit</source>
        <translation>Chiffre réel</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="238"/>
        <source>%1 of %2 test digits %3 classified right (%4 %)</source>
        <translation>%1 des %2 chiffres de test %3 bien classés (%4&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/confusionmatrixview.cpp" line="240"/>
        <source>%1 test digits %2 taken for %3 (%4 % of the %2s); click to see them</source>
        <translation>%1 chiffres de test %2 pris pour des %3 (%4&#xa0;% des %2)&#xa0;; cliquez pour les voir</translation>
    </message>
</context>
<context>
    <name>mw::app::CurvePlot</name>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="304"/>
        <source>Learning curves</source>
        <translation>Courbes d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="314"/>
        <source>%1: unknown image format &quot;%2&quot; (%3)</source>
        <translation>%1&#xa0;: format d&apos;image inconnu «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="319"/>
        <source>%1: cannot be written</source>
        <translation>%1&#xa0;: écriture impossible</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="400"/>
        <source>No runs yet: tick models on the Experiment page and press Run (Ctrl+R).</source>
        <translation>Aucune exécution pour l&apos;instant&#xa0;: cochez des modèles sur la page Expérience et appuyez sur Lancer (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="438"/>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="439"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="439"/>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="446"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="450"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="447"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="451"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="448"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="452"/>
        <source>Training, epoch under way</source>
        <translation>Entraînement, époque en cours</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="449"/>
        <location filename="../src/app/widgets/curveplot.cpp" line="453"/>
        <source>Kept weights (best epoch)</source>
        <translation>Poids conservés (meilleure époque)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/curveplot.cpp" line="458"/>
        <source>Start fine-tuning</source>
        <translation>Début de l&apos;affinage</translation>
    </message>
</context>
<context>
    <name>mw::app::DataPage</name>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="64"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="108"/>
        <source>Open an MNIST-format folder</source>
        <translation>Ouvrir un dossier au format MNIST</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="76"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="78"/>
        <source>verified (SHA-256 matches the published files)</source>
        <translation>vérifié (le SHA-256 correspond aux fichiers publiés)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="79"/>
        <source>custom (valid MNIST format, not a known dataset)</source>
        <translation>personnalisé (format MNIST valide, jeu de données inconnu)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="150"/>
        <source>%1 (%2): %3 train + %4 test digits from %5</source>
        <translation>%1 (%2)&#xa0;: %3 chiffres d&apos;entraînement + %4 de test depuis %5</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="82"/>
        <source>No dataset loaded</source>
        <translation>Aucun jeu de données chargé</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="164"/>
        <source>Cannot load dataset</source>
        <translation>Impossible de charger le jeu de données</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="166"/>
        <source>A dataset folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, raw or as .gz.</source>
        <translation>Un dossier de jeu de données contient train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte et t10k-labels-idx1-ubyte, bruts ou en .gz.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="192"/>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="203"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="203"/>
        <source>Validation</source>
        <translation>Validation</translation>
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
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="245"/>
        <source>Digit #%1 — label &lt;b&gt;%2&lt;/b&gt; — official %3 file, index %4</source>
        <translation>Chiffre n°&#xa0;%1 — étiquette &lt;b&gt;%2&lt;/b&gt; — fichier %3 officiel, indice %4</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="248"/>
        <source>train</source>
        <translation>d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/pages/datapage.cpp" line="248"/>
        <source>test</source>
        <translation>de test</translation>
    </message>
</context>
<context>
    <name>mw::app::DigitListModel</name>
    <message>
        <location filename="../src/app/widgets/digitlistmodel.cpp" line="36"/>
        <source>Digit #%1 (%2 #%3), label %4</source>
        <translation>Chiffre n°&#xa0;%1 (%2 n°&#xa0;%3), étiquette %4</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/digitlistmodel.cpp" line="38"/>
        <source>official train</source>
        <translation>entraînement officiel</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/digitlistmodel.cpp" line="38"/>
        <source>official test</source>
        <translation>test officiel</translation>
    </message>
</context>
<context>
    <name>mw::app::DownloadBar</name>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="60"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="64"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="66"/>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="68"/>
        <source>resumed at %1</source>
        <translation>repris à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/downloadbar.cpp" line="81"/>
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (%n autre en attente)</numerusform>
            <numerusform>%1 (%n autres en attente)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="83"/>
        <source>Downloading %1 into %2</source>
        <translation>Téléchargement de %1 dans %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/downloadbar.cpp" line="90"/>
        <source>Stop downloading; the part already here is kept, and the next download resumes it</source>
        <translation>Arrêter le téléchargement&#xa0;; la partie déjà téléchargée est conservée, et le prochain téléchargement la reprend</translation>
    </message>
</context>
<context>
    <name>mw::app::DrawModelList</name>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="124"/>
        <source>test %1</source>
        <translation>test %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="124"/>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="128"/>
        <source>loaded from a file</source>
        <translation>chargé depuis un fichier</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="134"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawmodellist.cpp" line="134"/>
        <source>could not load</source>
        <translation>chargement impossible</translation>
    </message>
</context>
<context>
    <name>mw::app::DrawPage</name>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="166"/>
        <source>Some runs could not be read: %1</source>
        <translation>Certaines exécutions n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="422"/>
        <source>%1&apos;s input
%2×3, %3</source>
        <translation>Entrée de %1
%2×3, %3</translation>
    </message>
    <message>
        <source>ImageNet mean/std</source>
        <translation type="vanished">Moyenne/écart type ImageNet</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="401"/>
        <source>Cropped</source>
        <translation>Rogné</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="402"/>
        <source>Fitted into 20×20</source>
        <translation>Ajusté à 20×20</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="403"/>
        <source>Centred 28×28</source>
        <translation>Centré 28×28</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="403"/>
        <source>Scaled 28×28</source>
        <translation>Réduit 28×28</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="404"/>
        <source>Model&apos;s view</source>
        <translation>Vue du modèle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="405"/>
        <source>Saliency</source>
        <translation>Saillance</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="411"/>
        <source> (not used)</source>
        <translation> (non utilisé)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="412"/>
        <source>Cropped%1
%2</source>
        <translation>Rogné%1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="415"/>
        <source>Fitted into 20×20%1
%2</source>
        <translation>Ajusté à 20×20%1
%2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="417"/>
        <source>Centred 28×28
(centre of mass)</source>
        <translation>Centré 28×28
(centre de masse)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="417"/>
        <source>Scaled 28×28
(not centred)</source>
        <translation>Réduit 28×28
(non centré)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="447"/>
        <source>Saliency
%1</source>
        <translation>Saillance
%1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="465"/>
        <source>%1: no digit found (the picture is blank or has no contrast)</source>
        <translation>%1&#xa0;: aucun chiffre trouvé (l&apos;image est vide ou sans contraste)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="469"/>
        <source>%1: dark ink on a light background, inverted to MNIST&apos;s light on dark</source>
        <translation>%1&#xa0;: encre foncée sur fond clair, inversée pour obtenir le clair sur foncé de MNIST</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="470"/>
        <source>%1: opened</source>
        <translation>%1&#xa0;: ouvert</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="484"/>
        <source>Nothing to save: the canvas is empty.</source>
        <translation>Rien à enregistrer&#xa0;: le canevas est vide.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="488"/>
        <source>%1: cannot write the picture</source>
        <translation>%1&#xa0;: impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="491"/>
        <source>Saved the 28×28 digit to %1</source>
        <translation>Chiffre 28×28 enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="497"/>
        <source>Save the 28×28 digit</source>
        <translation>Enregistrer le chiffre 28×28</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="498"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="506"/>
        <source>Open a picture of a digit</source>
        <translation>Ouvrir l&apos;image d&apos;un chiffre</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="507"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tga *.pgm *.ppm *.pnm *.psd);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tga *.pgm *.ppm *.pnm *.psd);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="514"/>
        <source>Load a model checkpoint</source>
        <translation>Charger un point de contrôle de modèle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="515"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Points de contrôle (*.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="539"/>
        <source>No trained models yet: train one on the Experiment page, or load a checkpoint.</source>
        <translation>Aucun modèle entraîné pour l&apos;instant&#xa0;: entraînez-en un sur la page Expérience, ou chargez un point de contrôle.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="540"/>
        <source>Looking for trained models…</source>
        <translation>Recherche des modèles entraînés…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="542"/>
        <source>Tick a model below to see what it says.</source>
        <translation>Cochez un modèle ci-dessous pour voir ce qu&apos;il répond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/drawpage.cpp" line="544"/>
        <source>Loading %n model(s)…</source>
        <translation>
            <numerusform>Chargement de %n modèle…</numerusform>
            <numerusform>Chargement de %n modèles…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="546"/>
        <source>Draw a digit on the canvas, or drop a picture file onto it.</source>
        <translation>Dessinez un chiffre sur le canevas, ou déposez-y un fichier image.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/drawpage.cpp" line="548"/>
        <source>%n model(s); the last prediction appeared %1 ms after the drawing changed.</source>
        <translation>
            <numerusform>%n modèle&#xa0;; la dernière prédiction est apparue %1 ms après la modification du dessin.</numerusform>
            <numerusform>%n modèles&#xa0;; la dernière prédiction est apparue %1 ms après la modification du dessin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="587"/>
        <source>Draw a digit — MNIST Workbench</source>
        <translation>Dessinez un chiffre — MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="585"/>
        <source>Att&amp;ach</source>
        <translation>Ra&amp;ttacher</translation>
    </message>
    <message>
        <location filename="../src/app/pages/drawpage.cpp" line="585"/>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
</context>
<context>
    <name>mw::app::DrawingCanvas</name>
    <message>
        <location filename="../src/app/widgets/drawingcanvas.cpp" line="52"/>
        <source>Draw a digit (left button, pen or finger). Right-click or Esc clears, Ctrl+Z undoes a stroke. Drop a picture file here to classify it.</source>
        <translation>Dessinez un chiffre (bouton gauche, stylet ou doigt). Le clic droit ou Échap efface, Ctrl+Z annule un trait. Déposez ici un fichier image pour le classer.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/drawingcanvas.cpp" line="187"/>
        <source>Draw a digit here
or drop a picture file</source>
        <translation>Dessinez un chiffre ici
ou déposez un fichier image</translation>
    </message>
</context>
<context>
    <name>mw::app::ExperimentPage</name>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="144"/>
        <source>&amp;Run experiment</source>
        <translation>&amp;Lancer l&apos;expérience</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="145"/>
        <source>Most epochs of the first phase: backbones train only the head on frozen features; baselines train from scratch</source>
        <translation>Nombre maximal d&apos;époques de la première phase&#xa0;: les backbones n&apos;entraînent que la tête sur des caractéristiques gelées&#xa0;; les modèles de référence s&apos;entraînent à partir de zéro</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="147"/>
        <source>Learning rate of a new head on a pretrained backbone, e.g. 1e-4 or 0.0001 (networks trained from scratch: the next row)</source>
        <translation>Taux d’apprentissage d’une nouvelle tête sur un backbone pré-entraîné, p.&#xa0;ex. 1e-4 ou 0.0001 (réseaux entraînés de zéro&#xa0;: la ligne suivante)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="149"/>
        <source>Most fine-tune epochs: the whole backbone trains (BatchNorm stays in inference mode); Skip: no fine-tuning</source>
        <translation>Nombre maximal d&apos;époques d&apos;affinage&#xa0;: tout le backbone s&apos;entraîne (BatchNorm reste en mode inférence)&#xa0;; Ignorer&#xa0;: pas d&apos;affinage</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="151"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="179"/>
        <source>Auto (looking for GPUs…)</source>
        <translation>Auto (recherche de GPU…)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="180"/>
        <source>Auto: CPU (no GPU found)</source>
        <translation>Auto&#xa0;: CPU (aucun GPU trouvé)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="181"/>
        <source>Auto: GPU (cuda:0)</source>
        <translation>Auto&#xa0;: GPU (cuda:0)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="183"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="185"/>
        <source>GPU (none found)</source>
        <translation>GPU (aucun trouvé)</translation>
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
            <numerusform>%n cœur CPU</numerusform>
            <numerusform>%n cœurs CPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="196"/>
        <source>%1, looking for GPUs…</source>
        <translation>%1, recherche de GPU…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="197"/>
        <source>%1, no CUDA GPU</source>
        <translation>%1, aucun GPU CUDA</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentpage.cpp" line="198"/>
        <source>%1, %n CUDA GPU(s)</source>
        <translation>
            <numerusform>%1, %n GPU CUDA</numerusform>
            <numerusform>%1, %n GPU CUDA</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="431"/>
        <source>Weights (*.pth *.pt *.safetensors *.h5);;All files (*)</source>
        <translation>Poids (*.pth *.pt *.safetensors *.h5);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="57"/>
        <source>Sweep not started</source>
        <translation>Balayage non démarré</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="57"/>
        <source>Choose another folder for the sweep.</source>
        <translation>Choisissez un autre dossier pour le balayage.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="92"/>
        <source>Sweep not submitted</source>
        <translation>Balayage non soumis</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="92"/>
        <source>Check the Slurm settings with Test in the Sweep dialog.</source>
        <translation>Vérifiez les réglages Slurm avec «&#xa0;Tester&#xa0;» dans la fenêtre Balayage.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="96"/>
        <source>Sweep submitted</source>
        <translation>Balayage soumis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentsweep.cpp" line="97"/>
        <source>Slurm job %1 runs the sweep&apos;s %n trial(s).</source>
        <translation>
            <numerusform>La tâche Slurm %1 exécute le %n essai du balayage.</numerusform>
            <numerusform>La tâche Slurm %1 exécute les %n essais du balayage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentsweep.cpp" line="99"/>
        <source>The trials write into %1; follow them with: mnist-workbench-cli sweep status %1</source>
        <translation>Les essais écrivent dans %1&#xa0;; suivez-les avec&#xa0;: mnist-workbench-cli sweep status %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="156"/>
        <source>No recipes found</source>
        <translation>Aucune recette trouvée</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="157"/>
        <source>Recipes are read from %1</source>
        <translation>Les recettes sont lues depuis %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="159"/>
        <source>Your own settings</source>
        <translation>Vos propres réglages</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="241"/>
        <source>The %1 learning rate is empty</source>
        <translation>Le taux d&apos;apprentissage %1 est vide</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="239"/>
        <source>head phase&apos;s</source>
        <translation>de la phase tête</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="239"/>
        <source>fine-tune phase&apos;s</source>
        <translation>de la phase d&apos;affinage</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="242"/>
        <source>The %1 learning rate &quot;%2&quot; is not a number (write 1e-4 or 0.0001)</source>
        <translation>Le taux d&apos;apprentissage %1 «&#xa0;%2&#xa0;» n&apos;est pas un nombre (écrivez 1e-4 ou 0.0001)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="231"/>
        <source>No dataset: load one on the Data page, or open a folder with File &gt; Open dataset folder</source>
        <translation>Aucun jeu de données&#xa0;: chargez-en un sur la page Données, ou ouvrez un dossier avec Fichier &gt; Ouvrir un dossier de jeu de données</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="263"/>
        <source>Choose a weights file for the backbones, or Random init</source>
        <translation>Choisissez un fichier de poids pour les backbones, ou Initialisation aléatoire</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="265"/>
        <location filename="../src/app/pages/experimentpage.cpp" line="317"/>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="298"/>
        <source>The from-scratch learning rate is empty</source>
        <translation>Le taux d’apprentissage de zéro est vide</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="299"/>
        <source>The from-scratch learning rate &quot;%1&quot; is not a number (write 1e-3 or 0.001)</source>
        <translation>Le taux d’apprentissage de zéro «&#xa0;%1&#xa0;» n’est pas un nombre (écrivez 1e-3 ou 0.001)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="312"/>
        <source>%1: choose its TorchScript file (under Backbone weights)</source>
        <translation>%1&#xa0;: choisissez son fichier TorchScript (sous Poids du backbone)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="337"/>
        <source>Tick at least one model to run</source>
        <translation>Cochez au moins un modèle à exécuter</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/experimentpage.cpp" line="347"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="430"/>
        <source>Backbone weights</source>
        <translation>Poids du backbone</translation>
    </message>
    <message>
        <source>Weights (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation type="vanished">Poids (*.pth *.pt *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="439"/>
        <source>TorchScript module</source>
        <translation>Module TorchScript</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentpage.cpp" line="440"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentstate.cpp" line="67"/>
        <source>%1; the page keeps the dataset %2</source>
        <translation>%1&#xa0;; la page garde le jeu de données %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentstate.cpp" line="83"/>
        <source>the recipe names no models</source>
        <translation>la recette ne nomme aucun modèle</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentstate.cpp" line="111"/>
        <source>none of its backbones has ImageNet weights at hand, so they start from random init; choose “ImageNet weights (catalog)” under Backbone weights to download them</source>
        <translation>aucun de ses backbones n&apos;a de poids ImageNet disponibles, ils partent donc d&apos;une initialisation aléatoire&#xa0;; choisissez «&#xa0;Poids ImageNet (catalogue)&#xa0;» sous Poids du backbone pour les télécharger</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="109"/>
        <source>Looking for the ImageNet weights of %1…</source>
        <translation>Recherche des poids ImageNet de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="156"/>
        <source>looking for its weights…</source>
        <translation>recherche de ses poids…</translation>
    </message>
    <message>
        <source>the catalog has its ImageNet weights only as a Keras .h5 file, not loadable yet: it starts from random init</source>
        <translation type="vanished">le catalogue n&apos;a ses poids ImageNet qu&apos;en fichier Keras .h5, pas encore chargeable&#xa0;: il part d&apos;une initialisation aléatoire</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="158"/>
        <source>no ImageNet weights in the catalog: it starts from random init</source>
        <translation>aucun poids ImageNet dans le catalogue&#xa0;: il part d&apos;une initialisation aléatoire</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="163"/>
        <source>downloading…</source>
        <translation>téléchargement en cours…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="163"/>
        <source>waiting to download</source>
        <translation>en attente de téléchargement</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="165"/>
        <source>not downloaded (%1)</source>
        <translation>non téléchargé (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="169"/>
        <source> · %1 normalization</source>
        <translation> · normalisation %1</translation>
    </message>
    <message>
        <source> · ImageNet mean/std normalization</source>
        <translation type="vanished"> · normalisation moyenne/écart type ImageNet</translation>
    </message>
    <message>
        <source> · [-1, 1] normalization</source>
        <translation type="vanished"> · normalisation [-1, 1]</translation>
    </message>
    <message>
        <location filename="../src/app/pages/experimentweights.cpp" line="190"/>
        <source>Tick a backbone to see its ImageNet weights here.</source>
        <translation>Cochez un backbone pour voir ici ses poids ImageNet.</translation>
    </message>
</context>
<context>
    <name>mw::app::InputPreview</name>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="58"/>
        <source>Select a digit to see what the network sees.</source>
        <translation>Sélectionnez un chiffre pour voir ce que voit le réseau.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/inputpreview.cpp" line="76"/>
        <source>Stored 28x28 uint8
[0, 255]</source>
        <translation>Stocké 28x28 uint8
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
        <translation>Entrée %1x3
[%2, %3]</translation>
    </message>
</context>
<context>
    <name>mw::app::LoadDatasetJob</name>
    <message>
        <location filename="../src/app/jobs/loaddatasetjob.cpp" line="25"/>
        <source>Internal error while loading %1: %2</source>
        <translation>Erreur interne lors du chargement de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::LoadRunsJob</name>
    <message>
        <location filename="../src/app/jobs/loadrunsjob.cpp" line="32"/>
        <source>%1: cannot read the run (%2)</source>
        <translation>%1&#xa0;: impossible de lire l&apos;exécution (%2)</translation>
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
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Draw</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="103"/>
        <source>Load failed: %1</source>
        <translation>Échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="93"/>
        <source>Cannot resume the run</source>
        <translation>Impossible de reprendre l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="165"/>
        <source>&amp;Open dataset folder…</source>
        <translation>&amp;Ouvrir un dossier de jeu de données…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="166"/>
        <source>&amp;Rescan datasets</source>
        <translation>&amp;Réanalyser les jeux de données</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="167"/>
        <source>&amp;Weights…</source>
        <translation>Poi&amp;ds…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="168"/>
        <source>The weights catalog: ImageNet weights for the backbones, their status, download and delete</source>
        <translation>Le catalogue des poids&#xa0;: poids ImageNet des backbones, leur état, téléchargement et suppression</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="170"/>
        <source>Open s&amp;weep…</source>
        <translation>Ouvrir un &amp;balayage…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="171"/>
        <source>A sweep&apos;s folder: its trials, their figures and curves (also while they run on a cluster)</source>
        <translation>Le dossier d’un balayage&#xa0;: ses essais, leurs chiffres et leurs courbes (y compris pendant qu’ils tournent sur un cluster)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="173"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="177"/>
        <source>&amp;Getting started</source>
        <translation>P&amp;remiers pas</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="178"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="179"/>
        <source>&amp;About MNIST Workbench</source>
        <translation>À &amp;propos de MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="180"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="198"/>
        <source>Open a sweep folder</source>
        <translation>Ouvrir le dossier d’un balayage</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="248"/>
        <source>Dataset not found</source>
        <translation>Jeu de données introuvable</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="249"/>
        <source>No dataset named &quot;%1&quot; was found. Fetch MNIST with mnist-workbench-fetch-mnist (or ./workbench.sh in the source tree), or open a folder with File &gt; Open dataset folder (Ctrl+O).</source>
        <translation>Aucun jeu de données nommé «&#xa0;%1&#xa0;» n&apos;a été trouvé. Téléchargez MNIST avec mnist-workbench-fetch-mnist (ou ./workbench.sh dans les sources), ou ouvrez un dossier avec Fichier &gt; Ouvrir un dossier de jeu de données (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="292"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="293"/>
        <source>Your settings could not be written to %1 (a read-only folder or a full disk?). They apply until you quit.</source>
        <translation>Vos paramètres n&apos;ont pas pu être écrits dans %1 (un dossier en lecture seule ou un disque plein&#xa0;?). Ils s&apos;appliquent jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="320"/>
        <source>Quit while training?</source>
        <translation>Quitter pendant l&apos;entraînement&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="321"/>
        <source>%n run(s) are still training or waiting. Quit and cancel them? Each keeps its best weights so far.</source>
        <translation>
            <numerusform>%n exécution s&apos;entraîne ou attend encore. Quitter et l&apos;annuler&#xa0;? Elle garde ses meilleurs poids obtenus.</numerusform>
            <numerusform>%n exécutions s&apos;entraînent ou attendent encore. Quitter et les annuler&#xa0;? Chacune garde ses meilleurs poids obtenus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="335"/>
        <source>About MNIST Workbench</source>
        <translation>À propos de MNIST Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="336"/>
        <source>&lt;h3&gt;MNIST Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-learning experiments on handwritten digits.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Settings: %5&lt;br&gt;Data: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MNIST Workbench %1&lt;/h3&gt;&lt;p&gt;Expériences d&apos;apprentissage par transfert sur des chiffres manuscrits.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Paramètres&#xa0;: %5&lt;br&gt;Données&#xa0;: %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mw::app::ModelTree</name>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="114"/>
        <source>Backbones (head phase, then fine-tuning)</source>
        <translation>Backbones (phase tête, puis affinage)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="115"/>
        <source>Pretrained (or randomly initialized) feature extractors with the tutorial&apos;s head</source>
        <translation>Extracteurs de caractéristiques pré-entraînés (ou initialisés aléatoirement) avec la tête du tutoriel</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="116"/>
        <source>As in the Keras tutorials (head phase, then fine-tuning)</source>
        <translation>Comme dans les tutoriels Keras (phase tête, puis affinage)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="117"/>
        <source>Keras&apos;s own ResNet50, InceptionV3, MobileNet and VGG16, computing exactly what tf.keras computes, so the tutorials&apos; Keras ImageNet weights (.h5) load into them. torchvision&apos;s networks differ: ResNet50 v1.5 strides, InceptionV3&apos;s BatchNorm and pooling, TensorFlow&apos;s padding</source>
        <translation>ResNet50, InceptionV3, MobileNet et VGG16 de Keras, qui calculent exactement comme tf.keras&#xa0;: les poids ImageNet Keras (.h5) des tutoriels s’y chargent. Les réseaux de torchvision diffèrent&#xa0;: pas de ResNet50 v1.5, BatchNorm et pooling d’InceptionV3, remplissage de TensorFlow</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="121"/>
        <source>Baselines (from scratch, one phase)</source>
        <translation>Modèles de référence (à partir de zéro, une phase)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="122"/>
        <source>Small networks that learn MNIST from scratch</source>
        <translation>Petits réseaux qui apprennent MNIST à partir de zéro</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="128"/>
        <source>Input size in pixels (at least %1); double-click to change</source>
        <translation>Taille d&apos;entrée en pixels (au moins %1)&#xa0;; double-cliquez pour la modifier</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="130"/>
        <source>Parameters the head phase trains (the backbone is frozen)</source>
        <translation>Paramètres entraînés par la phase tête (le backbone est gelé)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="134"/>
        <source>Baselines take the 28x28 digits as they are</source>
        <translation>Les modèles de référence prennent les chiffres 28x28 tels quels</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="135"/>
        <source>A baseline trains all its parameters</source>
        <translation>Un modèle de référence entraîne tous ses paramètres</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="139"/>
        <source>Your own module saved with torch.jit.save, as the backbone under the tutorial&apos;s head: its forward() takes [B, 3, N, N] images at the input size in this column and returns the features (their width is probed). Choose its file in TorchScript under Backbone weights; it brings its own weights.</source>
        <translation>Votre propre module enregistré avec torch.jit.save, comme backbone sous la tête du tutoriel&#xa0;: son forward() prend des images [B, 3, N, N] à la taille d&apos;entrée de cette colonne et renvoie les caractéristiques (leur largeur est sondée). Choisissez son fichier dans TorchScript sous Poids du backbone&#xa0;; il apporte ses propres poids.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="143"/>
        <source>Your TorchScript module</source>
        <translation>Votre module TorchScript</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="146"/>
        <source>Input size in pixels the module is given; double-click to change</source>
        <translation>Taille d&apos;entrée en pixels donnée au module&#xa0;; double-cliquez pour la modifier</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/modeltree.cpp" line="147"/>
        <source>Counted when the module is checked, before its first run</source>
        <translation>Comptés lors de la vérification du module, avant sa première exécution</translation>
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
        <translation>Poids ImageNet disponibles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mw::app::PretrainDialog</name>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="133"/>
        <source>Pretrained backbone weights</source>
        <translation>Poids du backbone pré-entraîné</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="134"/>
        <source>safetensors (*.safetensors);;All files (*)</source>
        <translation>safetensors (*.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="170"/>
        <source>The learning rate is empty</source>
        <translation>Le taux d&apos;apprentissage est vide</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="171"/>
        <source>The learning rate &quot;%1&quot; is not a number (write 1e-3 or 0.001)</source>
        <translation>Le taux d&apos;apprentissage «&#xa0;%1&#xa0;» n&apos;est pas un nombre (écrivez 1e-3 ou 0.001)</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="176"/>
        <source>No backbone to pretrain</source>
        <translation>Aucun backbone à pré-entraîner</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="180"/>
        <source>No dataset: open one on the Data page first</source>
        <translation>Aucun jeu de données&#xa0;: ouvrez-en d&apos;abord un sur la page Données</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="185"/>
        <source>Choose the file the weights are written to</source>
        <translation>Choisissez le fichier dans lequel les poids sont écrits</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="189"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="209"/>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="214"/>
        <source>%1 exists and will be replaced when the pretraining finishes</source>
        <translation>%1 existe et sera remplacé à la fin du pré-entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="249"/>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="268"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="276"/>
        <source>Epoch 1 of %1</source>
        <translation>Époque 1 sur %1</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="294"/>
        <source>Stopping within a batch…</source>
        <translation>Arrêt en moins d&apos;un lot…</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="309"/>
        <source>Stop pretraining?</source>
        <translation>Arrêter le pré-entraînement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="310"/>
        <source>%1 is still pretraining on %2. Stop it and close? Nothing is written.</source>
        <translation>%1 est encore en pré-entraînement sur %2. L&apos;arrêter et fermer&#xa0;? Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="336"/>
        <source>Epoch %1 of %2, batch %3 of %4, running accuracy %5</source>
        <translation>Époque %1 sur %2, lot %3 sur %4, précision courante %5</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="355"/>
        <source>; about %1 left (less if it stops early)</source>
        <translation>&#xa0;; encore environ %1 (moins en cas d&apos;arrêt précoce)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pretraindialog.cpp" line="393"/>
        <source>Cancelled after %n epoch(s); nothing was written.</source>
        <translation>
            <numerusform>Annulé après %n époque&#xa0;; rien n&apos;a été écrit.</numerusform>
            <numerusform>Annulé après %n époques&#xa0;; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pretraindialog.cpp" line="403"/>
        <source>Finished: %n epoch(s) in %1.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n époque en %1.</numerusform>
            <numerusform>Terminé&#xa0;: %n époques en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="404"/>
        <source>Backbone weights written to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Poids du backbone écrits dans &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="406"/>
        <source>, test accuracy on %1 %2</source>
        <translation>, précision de test de %2 sur %1</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="409"/>
        <source> (epoch %1, validation accuracy %2)</source>
        <translation> (époque %1, précision de validation %2)</translation>
    </message>
    <message>
        <location filename="../src/app/pretraindialog.cpp" line="429"/>
        <source>Pretraining failed</source>
        <translation>Échec du pré-entraînement</translation>
    </message>
</context>
<context>
    <name>mw::app::PretrainJob</name>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="35"/>
        <source>%1 was not written</source>
        <translation>%1 n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="43"/>
        <source>Internal error while pretraining %1: %2</source>
        <translation>Erreur interne lors du pré-entraînement de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::ResultsPage</name>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="115"/>
        <source>As &amp;CSV…</source>
        <translation>En &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="116"/>
        <source>As &amp;JSON…</source>
        <translation>En &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="117"/>
        <source>Use as McNemar &amp;reference</source>
        <translation>Utiliser comme &amp;référence McNemar</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="118"/>
        <source>&amp;Delete run…</source>
        <translation>&amp;Supprimer l&apos;exécution…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="368"/>
        <source>Reading runs from %1…</source>
        <translation>Lecture des exécutions depuis %1…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="188"/>
        <source>Delete run</source>
        <translation>Supprimer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="189"/>
        <source>Delete the run %1 (test accuracy %2)?</source>
        <translation>Supprimer l&apos;exécution %1 (précision de test %2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="195"/>
        <source>It has no run folder; it leaves the table only.</source>
        <translation>Elle n&apos;a pas de dossier d&apos;exécution&#xa0;; elle est seulement retirée du tableau.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="196"/>
        <source>This deletes its folder %1 with the result, the best checkpoint and the log. It cannot be undone.</source>
        <translation>Cela supprime son dossier %1 avec le résultat, le meilleur point de contrôle et le journal. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="218"/>
        <location filename="../src/app/pages/resultspage.cpp" line="221"/>
        <location filename="../src/app/pages/resultspage.cpp" line="227"/>
        <source>Cannot delete run</source>
        <translation>Impossible de supprimer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="218"/>
        <source>%1: the run is training; cancel it first.</source>
        <translation>%1&#xa0;: l&apos;exécution est en cours d&apos;entraînement&#xa0;; annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="222"/>
        <source>%1 holds no %2, so it is not a run folder; nothing was deleted.</source>
        <translation>%1 ne contient aucun %2, ce n&apos;est donc pas un dossier d&apos;exécution&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="228"/>
        <source>%1: cannot delete the run (%2). It is still there.</source>
        <translation>%1&#xa0;: impossible de supprimer l&apos;exécution (%2). Elle est toujours là.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="232"/>
        <source> Some files were left in %1 (%2).</source>
        <translation> Certains fichiers sont restés dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="240"/>
        <source>Deleted the run %1.</source>
        <translation>Exécution %1 supprimée.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="322"/>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="324"/>
        <source>Sweep %1</source>
        <translation>Balayage %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="371"/>
        <source>1 run in %1</source>
        <translation>1 exécution dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="371"/>
        <source>%1 runs in %2</source>
        <translation>%1 exécutions dans %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultspage.cpp" line="374"/>
        <source>skipped %1 that could not be read: </source>
        <translation>%1 illisible(s) ignorée(s)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="37"/>
        <source>No test evaluation: the run was cancelled before it</source>
        <translation>Pas d&apos;évaluation de test&#xa0;: l&apos;exécution a été annulée avant</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="62"/>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="63"/>
        <source>Select a run in the table</source>
        <translation>Sélectionnez une exécution dans le tableau</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="63"/>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="68"/>
        <source>Confusion matrix — &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Matrice de confusion — &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="69"/>
        <source>This run was cancelled before its test evaluation: it has no confusion matrix.</source>
        <translation>Cette exécution a été annulée avant son évaluation de test&#xa0;: elle n&apos;a pas de matrice de confusion.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="72"/>
        <source>Confusion matrix — &lt;b&gt;%1&lt;/b&gt;, %2 of %3 test digits right</source>
        <translation>Matrice de confusion — &lt;b&gt;%1&lt;/b&gt;, %2 des %3 chiffres de test bien classés</translation>
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
        <translation>%1 chiffres de test %2 pris pour des %3</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="119"/>
        <source>The run&apos;s dataset %1 is not found (it was in %2), so its digits cannot be shown.</source>
        <translation>Le jeu de données %1 de l&apos;exécution est introuvable (il était dans %2)&#xa0;: ses chiffres ne peuvent donc pas être affichés.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="126"/>
        <location filename="../src/app/pages/resultsrun.cpp" line="147"/>
        <source>Cannot show the digits: %1</source>
        <translation>Impossible d&apos;afficher les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="129"/>
        <source>Loading the test digits from %1…</source>
        <translation>Chargement des chiffres de test depuis %1…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="157"/>
        <source>%1 now has %2 test digits but the run evaluated %3: it is not the data this run used.</source>
        <translation>%1 contient maintenant %2 chiffres de test, mais l&apos;exécution en a évalué %3&#xa0;: ce ne sont pas les données utilisées par cette exécution.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="177"/>
        <source>%1 test digits %2 classified right</source>
        <translation>%1 chiffres de test %2 bien classés</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="182"/>
        <source>Top losses: the %1 test digits the model was most wrong or least sure about, worst first (the percentage is its confidence); click a cell to see one kind</source>
        <translation>Plus fortes pertes&#xa0;: les %1 chiffres de test sur lesquels le modèle s&apos;est le plus trompé ou a le plus hésité, les pires d&apos;abord (le pourcentage est sa confiance)&#xa0;; cliquez sur une case pour voir un type d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="187"/>
        <source>All %1 mistakes, the most common confusions first; click a cell to see one kind</source>
        <translation>Les %1 erreurs, les confusions les plus fréquentes d&apos;abord&#xa0;; cliquez sur une case pour en voir un type</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="192"/>
        <source>(the matrix says %1: %2 may not hold the digits this run saw)</source>
        <translation>(la matrice indique %1&#xa0;: %2 ne contient peut-être pas les chiffres vus par cette exécution)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="194"/>
        <source>(shown from %1; the run used %2)</source>
        <translation>(affichés depuis %1&#xa0;; l&apos;exécution a utilisé %2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsrun.cpp" line="196"/>
        <source>(shown as stored; the run saw each at its own place on a %1×%1 canvas)</source>
        <translation>(affichés tels que stockés&#xa0;; l&apos;exécution a vu chacun à sa propre position sur un canevas de %1×%1)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="28"/>
        <source>%1: the table is saved as .csv or .json</source>
        <translation>%1&#xa0;: le tableau est enregistré en .csv ou .json</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="31"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="50"/>
        <source>no figure called &quot;%1&quot;</source>
        <translation>aucune figure nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="64"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="64"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="65"/>
        <source>Export the results table</source>
        <translation>Exporter le tableau des résultats</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="73"/>
        <source>Cannot export the table</source>
        <translation>Impossible d&apos;exporter le tableau</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="75"/>
        <source>Saved the table to %1</source>
        <translation>Tableau enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="82"/>
        <source>Save the figure</source>
        <translation>Enregistrer la figure</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="94"/>
        <source>Cannot save the figure</source>
        <translation>Impossible d&apos;enregistrer la figure</translation>
    </message>
    <message>
        <location filename="../src/app/pages/resultsexport.cpp" line="96"/>
        <source>Saved the figure to %1</source>
        <translation>Figure enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>mw::app::ResultsTableModel</name>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="197"/>
        <source>Choose a reference run above the table.</source>
        <translation>Choisissez une exécution de référence au-dessus du tableau.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="207"/>
        <source>This run has no test result (it was cancelled).</source>
        <translation>Cette exécution n&apos;a pas de résultat de test (elle a été annulée).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="208"/>
        <source>The reference run has no test result (it was cancelled).</source>
        <translation>L&apos;exécution de référence n&apos;a pas de résultat de test (elle a été annulée).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="210"/>
        <source>Different datasets (%1 and %2): the test digits are not the same.</source>
        <translation>Jeux de données différents (%1 et %2)&#xa0;: les chiffres de test ne sont pas les mêmes.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="212"/>
        <source>Different splits (%1 and %2): the test digits are not the same.</source>
        <translation>Partitions différentes (%1 et %2)&#xa0;: les chiffres de test ne sont pas les mêmes.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="214"/>
        <source>Different test sizes (%1 and %2 digits).</source>
        <translation>Tailles de test différentes (%1 et %2 chiffres).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="216"/>
        <source>Different shifted-digit canvases (%1 and %2; 0: not shifted): the test digits were not seen the same way.</source>
        <translation>Toiles de chiffres décalés différentes (%1 et %2&#xa0;; 0&#xa0;: non décalés)&#xa0;: les chiffres de test n’ont pas été vus de la même façon.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="219"/>
        <source>Shifted digits placed by different seeds (%1 and %2): the test digits were not seen the same way.</source>
        <translation>Chiffres décalés placés avec des graines différentes (%1 et %2)&#xa0;: les chiffres de test n’ont pas été vus de la même façon.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="254"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="281"/>
        <source>CPU, 1 thread</source>
        <translation>CPU, 1 thread</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="281"/>
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 threads</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="284"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="329"/>
        <source>%1 on %2 (%3 split, seed %4)
%5</source>
        <translation>%1 sur %2 (partition %3, graine %4)
%5</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="332"/>
        <source>not saved in a run folder</source>
        <translation>non enregistrée dans un dossier d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="334"/>
        <source>Cancelled: the weights are the best up to then.</source>
        <translation>Annulée&#xa0;: les poids sont les meilleurs obtenus jusque-là.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="336"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
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
        <translation>Annulée avant l&apos;évaluation des chiffres de test.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="346"/>
        <source>On %1 test digits; %2 misclassified.</source>
        <translation>Sur %1 chiffres de test&#xa0;; %2 mal classés.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="351"/>
        <source>%1: 1 epoch</source>
        <translation>%1&#xa0;: 1 époque</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="351"/>
        <source>%1: %2 epochs</source>
        <translation>%1&#xa0;: %2 époques</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="353"/>
        <source>, kept the weights of epoch %1</source>
        <translation>, poids de l&apos;époque %1 conservés</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="355"/>
        <source>, stopped by %1</source>
        <translation>, arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="361"/>
        <source>Head phase, feature caching included</source>
        <translation>Phase tête, mise en cache des caractéristiques comprise</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="362"/>
        <source>Baselines train in one phase; this is its time.</source>
        <translation>Les modèles de référence s&apos;entraînent en une seule phase&#xa0;; voici sa durée.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="363"/>
        <source>Fine-tuning phase</source>
        <translation>Phase d&apos;affinage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="364"/>
        <source>Whole run: loading the data, building the model, all phases and the test evaluation</source>
        <translation>Exécution complète&#xa0;: chargement des données, construction du modèle, toutes les phases et l&apos;évaluation de test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="367"/>
        <source>Unknown: the run&apos;s result does not say how many digits it trained on (written by an older version).</source>
        <translation>Inconnu&#xa0;: le résultat de l’exécution n’indique pas sur combien de chiffres elle s’est entraînée (écrit par une version plus ancienne).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="369"/>
        <source>%1 training digits × %2 epochs / %3 s of training (all phases, feature caching included)</source>
        <translation>%1 chiffres d&apos;entraînement × %2 époques / %3 s d&apos;entraînement (toutes les phases, mise en cache des caractéristiques comprise)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="374"/>
        <source>%1 in all; the head phase trains %2, fine-tuning %3</source>
        <translation>%1 au total&#xa0;; la phase tête en entraîne %2, l&apos;affinage %3</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="380"/>
        <source>The other runs are compared with this one.</source>
        <translation>Les autres exécutions sont comparées à celle-ci.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="385"/>
        <source>Exact McNemar test against %1: only this run wrong on %2 test digits, only the reference on %3; two-sided p = %4. A small p (say below 0.05) means the two differ by more than chance on these digits.</source>
        <translation>Test exact de McNemar par rapport à %1&#xa0;: seule cette exécution se trompe sur %2 chiffres de test, seule la référence sur %3&#xa0;; p bilatéral = %4. Un petit p (disons inférieur à 0,05) signifie que les deux diffèrent plus que ne le voudrait le hasard sur ces chiffres.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="402"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="403"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="404"/>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="405"/>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="406"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="407"/>
        <source>Head / train</source>
        <translation>Tête / entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="408"/>
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="409"/>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="410"/>
        <source>Images/s</source>
        <translation>Images/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="411"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="412"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="413"/>
        <source>McNemar p</source>
        <translation>p McNemar</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="418"/>
        <source>Epochs run per phase: head + fine-tune (baselines: one training phase)</source>
        <translation>Époques exécutées par phase&#xa0;: tête + affinage (modèles de référence&#xa0;: une seule phase d&apos;entraînement)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="419"/>
        <source>Seconds of the head phase (baselines: of their single training phase)</source>
        <translation>Secondes de la phase tête (modèles de référence&#xa0;: de leur unique phase d&apos;entraînement)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="421"/>
        <source>Training throughput: training digits × epochs of all phases / seconds of all phases. The head phase on cached features is much faster than fine-tuning.</source>
        <translation>Débit d&apos;entraînement&#xa0;: chiffres d&apos;entraînement × époques de toutes les phases / secondes de toutes les phases. La phase tête sur des caractéristiques en cache est bien plus rapide que l&apos;affinage.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="424"/>
        <source>Exact McNemar test against %1 on the digits where the two disagree</source>
        <translation>Test exact de McNemar par rapport à %1 sur les chiffres où les deux divergent</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/resultstablemodel.cpp" line="426"/>
        <source>Exact McNemar test against the reference run you choose</source>
        <translation>Test exact de McNemar par rapport à l&apos;exécution de référence que vous choisissez</translation>
    </message>
</context>
<context>
    <name>mw::app::RunBarChart</name>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="68"/>
        <source>Build and train time</source>
        <translation>Durée de construction et d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="70"/>
        <source>Head / train</source>
        <translation>Tête / entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="71"/>
        <source>Fine-tune</source>
        <translation>Affinage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="72"/>
        <source>Data, build, test</source>
        <translation>Données, construction, test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="86"/>
        <source>%1 — %2: %3 s
head / train %4 s, fine-tune %5 s, data, build and test %6 s</source>
        <translation>%1 — %2&#xa0;: %3 s
tête / entraînement %4 s, affinage %5 s, données, construction et test %6 s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="96"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="106"/>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="108"/>
        <source>Test accuracy (%)</source>
        <translation>Précision de test (%)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/runbarchart.cpp" line="131"/>
        <source>% (axis starts at %1 %)</source>
        <translation>% (l&apos;axe commence à %1&#xa0;%)</translation>
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
        <translation>Vérification de %1 par rapport à %2…</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="137"/>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="153"/>
        <source>Cannot use these weights</source>
        <translation>Impossible d&apos;utiliser ces poids</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="24"/>
        <source>Cannot download the weights</source>
        <translation>Impossible de télécharger les poids</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="25"/>
        <source>No run was queued. The weights of %1 could not be fetched; File &gt; Weights… shows the catalog, where each file comes from and the folder to put it in by hand. A mirror for the downloads can be set in File &gt; Settings.</source>
        <translation>Aucune exécution n&apos;a été mise en file d&apos;attente. Les poids de %1 n&apos;ont pas pu être récupérés&#xa0;; Fichier &gt; Poids… affiche le catalogue, la provenance de chaque fichier et le dossier où le placer à la main. Un miroir pour les téléchargements peut être défini dans Fichier &gt; Paramètres.</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="35"/>
        <source>Download of %1 cancelled: no run was queued. The part already downloaded is kept, and the next download resumes it.</source>
        <translation>Téléchargement de %1 annulé&#xa0;: aucune exécution n&apos;a été mise en file d&apos;attente. La partie déjà téléchargée est conservée, et le prochain téléchargement la reprend.</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="75"/>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="124"/>
        <source>Looking for the weights of %1…</source>
        <translation>Recherche des poids de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="95"/>
        <source>Downloading the weights of %1: the runs are queued once they are verified</source>
        <translation>Téléchargement des poids de %1&#xa0;: les exécutions seront mises en file d&apos;attente une fois les poids vérifiés</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="131"/>
        <source>%1: %2, verified (the published file)</source>
        <translation>%1&#xa0;: %2, vérifié (le fichier publié)</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="138"/>
        <source>No run was queued. Catalog weights are used once their file is here and verified: download them with File &gt; Weights… (or the Download button under Backbone weights).</source>
        <translation>Aucune exécution n&apos;a été mise en file d&apos;attente. Les poids du catalogue sont utilisés dès que leur fichier est présent et vérifié&#xa0;: téléchargez-les avec Fichier &gt; Poids… (ou le bouton Télécharger sous Poids du backbone).</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="154"/>
        <source>No run was queued. Backbone weights are a PyTorch state dict saved with torch.save(model.state_dict()) (.pth) or a safetensors file, with the backbone&apos;s parameter names and shapes. A TorchScript module (torch.jit.save) is a backbone of its own: tick “Your TorchScript module” and choose the file under TorchScript.</source>
        <translation>Aucune exécution n&apos;a été mise en file d&apos;attente. Les poids du backbone sont un state dict PyTorch enregistré avec torch.save(model.state_dict()) (.pth) ou un fichier safetensors, avec les noms et les formes de paramètres du backbone. Un module TorchScript (torch.jit.save) est un backbone à part entière&#xa0;: cochez «&#xa0;Votre module TorchScript&#xa0;» et choisissez le fichier sous TorchScript.</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="174"/>
        <source>Loading %1 and probing it at %2×%2 px…</source>
        <translation>Chargement de %1 et sondage en %2×%2 px…</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="183"/>
        <source>Cannot use this TorchScript module</source>
        <translation>Impossible d&apos;utiliser ce module TorchScript</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runfilescheck.cpp" line="184"/>
        <source>No run was queued. “Your TorchScript module” needs a module saved with torch.jit.save (for example torch.jit.script(model)) whose forward() takes [B, 3, N, N] images at the input size of its row and returns [B, C] or [B, C, H, W] features.</source>
        <translation>Aucune exécution n&apos;a été mise en file d&apos;attente. «&#xa0;Votre module TorchScript&#xa0;» nécessite un module enregistré avec torch.jit.save (par exemple torch.jit.script(model)) dont le forward() prend des images [B, 3, N, N] à la taille d&apos;entrée de sa ligne et renvoie des caractéristiques [B, C] ou [B, C, H, W].</translation>
    </message>
</context>
<context>
    <name>mw::app::RunQueue</name>
    <message>
        <location filename="../src/app/jobs/runqueue.cpp" line="59"/>
        <source>%1 is queued or training already</source>
        <translation>%1 est déjà en file d&apos;attente ou en cours d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/runqueue.cpp" line="84"/>
        <source>Cancelled before it started</source>
        <translation>Annulée avant de démarrer</translation>
    </message>
</context>
<context>
    <name>mw::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/settingsdialog.cpp" line="44"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../src/app/settingsdialog.cpp" line="45"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../src/app/settingsdialog.cpp" line="46"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepDialog</name>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="50"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="51"/>
        <source>Slurm cluster</source>
        <translation>Cluster Slurm</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="52"/>
        <source>&amp;Start sweep</source>
        <translation>&amp;Lancer le balayage</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="94"/>
        <source>Folder to make the sweep in</source>
        <translation>Dossier où créer le balayage</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="120"/>
        <source>values, separated by commas</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="196"/>
        <source>Give the sweep a folder.</source>
        <translation>Donnez un dossier au balayage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/sweepdialog.cpp" line="207"/>
        <source>%n trial(s), each a run of its own</source>
        <translation>
            <numerusform>%n essai, une exécution à part entière</numerusform>
            <numerusform>%n essais, chacun une exécution à part entière</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="218"/>
        <source>Log range</source>
        <translation>Plage logarithmique</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="219"/>
        <source>From, to and how many values (e.g. 1e-5, 1e-2, 4):</source>
        <translation>De, à et combien de valeurs (p.&#xa0;ex. 1e-5, 1e-2, 4)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="228"/>
        <source>Log range: give two positive numbers and a count from 2 to 100, e.g. 1e-5, 1e-2, 4</source>
        <translation>Plage logarithmique&#xa0;: donnez deux nombres positifs et un nombre de valeurs de 2 à 100, p.&#xa0;ex. 1e-5, 1e-2, 4</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="242"/>
        <source>Submitting a one-second job…</source>
        <translation>Soumission d’une tâche d’une seconde…</translation>
    </message>
    <message>
        <location filename="../src/app/sweepdialog.cpp" line="248"/>
        <source>Slurm accepted the test job %1.</source>
        <translation>Slurm a accepté la tâche de test %1.</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepPlot</name>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="110"/>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="149"/>
        <source> (log scale)</source>
        <translation> (échelle logarithmique)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="151"/>
        <source>Test accuracy (%)</source>
        <translation>Exactitude de test (%)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="173"/>
        <source>Best trial</source>
        <translation>Meilleur essai</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweepplot.cpp" line="205"/>
        <source>test accuracy</source>
        <translation>exactitude de test</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepTableModel</name>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="47"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="48"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="49"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="50"/>
        <source>Val. accuracy</source>
        <translation>Exactitude val.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="51"/>
        <source>Test accuracy</source>
        <translation>Exactitude de test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="52"/>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="53"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="54"/>
        <source>p vs. best</source>
        <translation>p face au meilleur</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="75"/>
        <source>McNemar&apos;s exact test of this trial&apos;s test answers against the best trial&apos;s, on the same digits</source>
        <translation>Test exact de McNemar des réponses de test de cet essai contre celles du meilleur essai, sur les mêmes chiffres</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/sweeptablemodel.cpp" line="115"/>
        <source>best</source>
        <translation>meilleur</translation>
    </message>
</context>
<context>
    <name>mw::app::SweepWindow</name>
    <message>
        <location filename="../src/app/sweepwindow.cpp" line="60"/>
        <source>Sweep %1</source>
        <translation>Balayage %1</translation>
    </message>
    <message>
        <location filename="../src/app/sweepwindow.cpp" line="85"/>
        <source>All settings (parallel coordinates)</source>
        <translation>Tous les réglages (coordonnées parallèles)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/sweepwindow.cpp" line="108"/>
        <source>%1 of %n trial(s) finished</source>
        <translation>
            <numerusform>%1 essai sur %n terminé</numerusform>
            <numerusform>%1 essais sur %n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/sweepwindow.cpp" line="110"/>
        <source>%n queued or training</source>
        <translation>
            <numerusform>%n en attente ou en entraînement</numerusform>
            <numerusform>%n en attente ou en entraînement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/sweepwindow.cpp" line="112"/>
        <source>on Slurm</source>
        <translation>sur Slurm</translation>
    </message>
</context>
<context>
    <name>mw::app::TestDigitsModel</name>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="47"/>
        <source>Test digit %1 (dataset #%2): a %3, classified right</source>
        <translation>Chiffre de test %1 (jeu de données n°&#xa0;%2)&#xa0;: un %3, bien classé</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="48"/>
        <source>Test digit %1 (dataset #%2): a %3, predicted %4</source>
        <translation>Chiffre de test %1 (jeu de données n°&#xa0;%2)&#xa0;: un %3, prédit %4</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="61"/>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/testdigitsmodel.cpp" line="62"/>
        <source>Probabilities %1; the true %2 got %3 %, loss %4</source>
        <translation>Probabilités %1&#xa0;; le vrai %2 a obtenu %3&#xa0;%, perte %4</translation>
    </message>
</context>
<context>
    <name>mw::app::TorchScriptCheckJob</name>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="59"/>
        <source>%1: TorchScript module, %2 features at %3×%3 px</source>
        <translation>%1&#xa0;: module TorchScript, %2 caractéristiques en %3×%3 px</translation>
    </message>
    <message>
        <location filename="../src/app/jobs/pretrainjob.cpp" line="67"/>
        <source>%1: cannot be used as a TorchScript backbone (%2)</source>
        <translation>%1&#xa0;: inutilisable comme backbone TorchScript (%2)</translation>
    </message>
</context>
<context>
    <name>mw::app::TrainingJob</name>
    <message>
        <location filename="../src/app/jobs/trainingjob.cpp" line="48"/>
        <source>Internal error in the %1 run: %2</source>
        <translation>Erreur interne dans l&apos;exécution %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::TrainingPage</name>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="110"/>
        <source>%1 · run %2</source>
        <translation>%1 · exécution %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="111"/>
        <source>Stop this run within a batch; it keeps the best weights so far</source>
        <translation>Arrêter cette exécution en moins d&apos;un lot&#xa0;; elle garde les meilleurs poids obtenus jusque-là</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="211"/>
        <location filename="../src/app/pages/trainingpage.cpp" line="401"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="241"/>
        <location filename="../src/app/pages/trainingsweep.cpp" line="120"/>
        <source>Loading data and building the network…</source>
        <translation>Chargement des données et construction du réseau…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/trainingpage.cpp" line="242"/>
        <source>run folder %1, %n CPU thread(s)</source>
        <translation>
            <numerusform>dossier d&apos;exécution %1, %n thread CPU</numerusform>
            <numerusform>dossier d&apos;exécution %1, %n threads CPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="289"/>
        <source>%1 epoch %2: loss %3, accuracy %4 · validation loss %5, accuracy %6 · %7</source>
        <translation>%1 époque %2&#xa0;: perte %3, précision %4 · perte de validation %5, précision %6 · %7</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/trainingpage.cpp" line="128"/>
        <source>Cancelled after %n epoch(s); the best weights so far are kept in its folder</source>
        <translation>
            <numerusform>Annulée après %n époque&#xa0;; les meilleurs poids obtenus jusque-là sont conservés dans son dossier</numerusform>
            <numerusform>Annulée après %n époques&#xa0;; les meilleurs poids obtenus jusque-là sont conservés dans son dossier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="131"/>
        <source>Test accuracy %1, loss %2 · %3 in all</source>
        <translation>Précision de test %1, perte %2 · %3 au total</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="136"/>
        <location filename="../src/app/pages/trainingpage.cpp" line="406"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="116"/>
        <source>Run folder: %1</source>
        <translation>Dossier d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="107"/>
        <source>%1 · sweep %2, trial %3</source>
        <translation>%1 · balayage %2, essai %3</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="108"/>
        <source>Cancel this trial&apos;s Slurm task; its last saved state is kept for a resume</source>
        <translation>Annuler la tâche Slurm de cet essai&#xa0;; son dernier état enregistré est gardé pour une reprise</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="320"/>
        <location filename="../src/app/pages/trainingsweep.cpp" line="128"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="358"/>
        <source>Requeued by Slurm</source>
        <translation>Remis en file par Slurm</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="359"/>
        <source>Pending in Slurm&apos;s queue</source>
        <translation>En attente dans la file de Slurm</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="361"/>
        <source>Goes on from its last saved state when Slurm starts it again</source>
        <translation>Reprend de son dernier état enregistré quand Slurm le relance</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="362"/>
        <source>Waits for Slurm to start it</source>
        <translation>Attend que Slurm le lance</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="364"/>
        <source>Waiting for a free slot</source>
        <translation>En attente d&apos;un emplacement libre</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="365"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="370"/>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/trainingpage.cpp" line="383"/>
        <source>%1 · %n epoch(s) done · finishing</source>
        <translation>
            <numerusform>%1 · %n époque terminée · finalisation</numerusform>
            <numerusform>%1 · %n époques terminées · finalisation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="385"/>
        <source>%1 · epoch %2/%3</source>
        <translation>%1 · époque %2/%3</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="388"/>
        <source> · about %1 left in phase</source>
        <translation> · encore environ %1 dans la phase</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="388"/>
        <source> · last epoch</source>
        <translation> · dernière époque</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="390"/>
        <source> · batch %1/%2</source>
        <translation> · lot %1/%2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="394"/>
        <source>Best validation accuracy %1 (epoch %2)</source>
        <translation>Meilleure précision de validation %1 (époque %2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="399"/>
        <source>On Slurm node %1</source>
        <translation>Sur le nœud Slurm %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="410"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="414"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="431"/>
        <source>%1 running, %2 waiting</source>
        <translation>%1 en cours, %2 en attente</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="447"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="450"/>
        <source>Export learning curves</source>
        <translation>Exporter les courbes d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingpage.cpp" line="459"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="118"/>
        <source>trial folder %1</source>
        <translation>dossier de l’essai %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="119"/>
        <source>trial folder %1, on Slurm node %2</source>
        <translation>dossier de l’essai %1, sur le nœud Slurm %2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="133"/>
        <source>Not run; Resume in the sweep window submits it again</source>
        <translation>Non lancé&#xa0;; Reprendre dans la fenêtre du balayage le soumet à nouveau</translation>
    </message>
    <message>
        <location filename="../src/app/pages/trainingsweep.cpp" line="134"/>
        <source>Stopped; Resume in the sweep window goes on from its last saved state</source>
        <translation>Arrêté&#xa0;; Reprendre dans la fenêtre du balayage repart de son dernier état enregistré</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsCheckJob</name>
    <message>
        <location filename="../src/app/jobs/enginejobs.cpp" line="54"/>
        <source>%1: cannot be read as weights (%2)</source>
        <translation>%1&#xa0;: illisible en tant que poids (%2)</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsDialog</name>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="175"/>
        <source>Delete weights files?</source>
        <translation>Supprimer les fichiers de poids&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/weightsdialog.cpp" line="176"/>
        <source>Delete %n file(s) from %1?</source>
        <translation>
            <numerusform>Supprimer %n fichier de %1&#xa0;?</numerusform>
            <numerusform>Supprimer %n fichiers de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="179"/>
        <source>Runs that use them need them downloaded again. Files in your torch hub or Keras caches are never deleted here.</source>
        <translation>Les exécutions qui les utilisent devront les télécharger de nouveau. Les fichiers de vos caches torch hub ou Keras ne sont jamais supprimés ici.</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="201"/>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="215"/>
        <source>No file manager could open %1</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="241"/>
        <source>This file is in another program&apos;s cache (torch hub or Keras): the app uses it where it is and never deletes it</source>
        <translation>Ce fichier se trouve dans le cache d&apos;un autre programme (torch hub ou Keras)&#xa0;: l&apos;application l&apos;utilise là où il est et ne le supprime jamais</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="243"/>
        <source>Delete the selected entries&apos; files from %1 (asks first); files in the torch hub and Keras caches are never deleted here</source>
        <translation>Supprimer de %1 les fichiers des entrées sélectionnées (avec confirmation)&#xa0;; les fichiers des caches torch hub et Keras ne sont jamais supprimés ici</translation>
    </message>
    <message>
        <location filename="../src/app/weightsdialog.cpp" line="252"/>
        <source>The published weights the backbones can start from. Downloads go to %1. Files already in your torch hub cache or Keras cache are found and used where they are; Delete removes only files in the app&apos;s own folder. Keras .h5 files can be downloaded, but not loaded yet.</source>
        <translation>Les poids publiés dont les backbones peuvent partir. Les téléchargements vont dans %1. Les fichiers déjà présents dans votre cache torch hub ou Keras sont trouvés et utilisés là où ils sont&#xa0;; Supprimer n&apos;efface que les fichiers du dossier propre à l&apos;application. Les fichiers Keras .h5 peuvent être téléchargés, mais pas encore chargés.</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsDownloadJob</name>
    <message>
        <location filename="../src/app/jobs/weightsjobs.cpp" line="67"/>
        <source>Internal error downloading %1: %2</source>
        <translation>Erreur interne lors du téléchargement de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mw::app::WeightsTableModel</name>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="21"/>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="23"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="25"/>
        <source>damaged (digest differs)</source>
        <translation>endommagé (empreinte différente)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="27"/>
        <source>unchecked (no digest published)</source>
        <translation>non vérifié (aucune empreinte publiée)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="102"/>
        <source>downloading, %1 %</source>
        <translation>téléchargement, %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="103"/>
        <source>downloading…</source>
        <translation>téléchargement en cours…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="106"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="108"/>
        <source>checking…</source>
        <translation>vérification en cours…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="111"/>
        <source>not downloaded (%1 here; Download resumes)</source>
        <translation>non téléchargé (%1 présents&#xa0;; Télécharger reprend)</translation>
    </message>
    <message>
        <source>Keras .h5: not loadable yet</source>
        <translation type="vanished">Keras .h5&#xa0;: pas encore chargeable</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="167"/>
        <source>In the app&apos;s weights folder (%1)</source>
        <translation>Dans le dossier des poids de l&apos;application (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="168"/>
        <source>Found in another program&apos;s cache (torch hub or Keras); used where it is, never deleted here</source>
        <translation>Trouvé dans le cache d&apos;un autre programme (torch hub ou Keras)&#xa0;; utilisé là où il est, jamais supprimé ici</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="170"/>
        <source>Downloads go to %1</source>
        <translation>Les téléchargements vont dans %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="191"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="193"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="195"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="197"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="199"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="201"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="203"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/weightstablemodel.cpp" line="205"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
</TS>
