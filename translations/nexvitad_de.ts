<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Doctor</name>
    <message>
        <source>%1 exists but is not a folder</source>
        <translation>%1 existiert, ist aber kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 does not exist and cannot be created (%2 is not writable)</source>
        <translation>%1 existiert nicht und kann nicht angelegt werden (%2 ist nicht beschreibbar)</translation>
    </message>
    <message>
        <source>Checks versions, devices, threads, BLAS speed and backbone weights. Exit code 0 when the engine can run here.</source>
        <translation>Prüft Versionen, Geräte, Threads, BLAS-Geschwindigkeit und Backbone-Gewichte. Exit-Code 0, wenn die Engine hier laufen kann.</translation>
    </message>
    <message>
        <source>NexViTAD Workstation %1</source>
        <translation>NexViTAD Workstation %1</translation>
    </message>
    <message>
        <source>Qt:           %1</source>
        <translation>Qt:           %1</translation>
    </message>
    <message>
        <source>LibTorch:     %1</source>
        <translation>LibTorch:     %1</translation>
    </message>
    <message>
        <source>OpenCV:       %1</source>
        <translation>OpenCV:       %1</translation>
    </message>
    <message>
        <source>QCustomPlot:  %1</source>
        <translation>QCustomPlot:  %1</translation>
    </message>
    <message>
        <source>QCustomPlot:  not built (UI off)</source>
        <translation>QCustomPlot:  nicht gebaut (UI aus)</translation>
    </message>
    <message>
        <source>CUDA:         %1</source>
        <translation>CUDA:         %1</translation>
    </message>
    <message>
        <source>yes, %1 device(s)</source>
        <translation>ja, %1 Gerät(e)</translation>
    </message>
    <message>
        <source>no (CPU only)</source>
        <translation>nein (nur CPU)</translation>
    </message>
    <message>
        <source>Device:       %1 (setting: %2)</source>
        <translation>Gerät:        %1 (Einstellung: %2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Threads:      %1 of %2 cores (setting: %3)</source>
        <translation>Threads:      %1 von %2 Kernen (Einstellung: %3)</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>BLAS:         %1 GFLOP/s (sgemm %2x%2), %3</source>
        <translation>BLAS:         %1 GFLOP/s (sgemm %2x%2), %3</translation>
    </message>
    <message>
        <source>library unknown</source>
        <translation>Bibliothek unbekannt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Models:       %1%2</source>
        <translation>Modelle:      %1%2</translation>
    </message>
    <message>
        <source> (unusable)</source>
        <translation> (unbrauchbar)</translation>
    </message>
    <message>
        <source>Weights:      none (demos use seeded random &quot;untrained&quot; backbones)</source>
        <translation>Gewichte:     keine (Demos verwenden zufällige, „untrainierte“ Backbones mit festem Seed)</translation>
    </message>
    <message>
        <source>Weights:      %1</source>
        <translation>Gewichte:     %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Status:       usable</source>
        <translation>Status:       einsatzbereit</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NexViTAD Workstation</source>
        <translation>NexViTAD Workstation</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NexViTAD Workstation&lt;/h2&gt;&lt;p&gt;Few-shot, cross-domain defect detection.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NexViTAD Workstation&lt;/h2&gt;&lt;p&gt;Domänenübergreifende Fehlererkennung mit wenigen Beispielen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About NexViTAD Workstation</source>
        <translation>Ü&amp;ber NexViTAD Workstation</translation>
    </message>
    <message>
        <source>CUDA requested but unavailable</source>
        <translation>CUDA gewählt, aber nicht verfügbar</translation>
    </message>
    <message>
        <source>Device: %1 | Threads: %2</source>
        <translation>Gerät: %1 | Threads: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Language set to %1. Restart the workstation to translate every screen.</source>
        <translation>Sprache auf %1 gesetzt. Starten Sie die Workstation neu, um alle Ansichten zu übersetzen.</translation>
    </message>
    <message>
        <source>About NexViTAD Workstation</source>
        <translation>Über NexViTAD Workstation</translation>
    </message>
    <message>
        <source>&lt;b&gt;NexViTAD Workstation %1&lt;/b&gt;&lt;br&gt;LibTorch %2, OpenCV %3, Qt %4</source>
        <translation>&lt;b&gt;NexViTAD Workstation %1&lt;/b&gt;&lt;br&gt;LibTorch %2, OpenCV %3, Qt %4</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Check this machine: versions, devices, threads, BLAS speed, backbone weights</source>
        <translation>Diesen Rechner prüfen: Versionen, Geräte, Threads, BLAS-Geschwindigkeit, Backbone-Gewichte</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: nexvitad-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;nexvitad-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>&apos;nexvitad-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>nexvitad-cli: unknown command &apos;%1&apos;. Run &apos;nexvitad-cli --help&apos; for the list.</source>
        <translation>nexvitad-cli: unbekannter Befehl &apos;%1&apos;. &apos;nexvitad-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source>nexvitad-cli: %1</source>
        <translation>nexvitad-cli: %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::Canceled</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nexvitad::runtime</name>
    <message>
        <source>Matrix products run at %1 GFLOP/s (BLAS: %2). This is the slow reference BLAS; install the package libopenblas0-openmp for a 10-40x faster engine.</source>
        <translation>Matrixprodukte laufen mit %1 GFLOP/s (BLAS: %2). Das ist die langsame Referenz-BLAS; installieren Sie das Paket libopenblas0-openmp für eine 10- bis 40-mal schnellere Engine.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>CUDA was requested but this LibTorch build has no usable CUDA device. Choose the CPU or Auto in the settings.</source>
        <translation>CUDA wurde gewählt, aber dieser LibTorch-Build hat kein nutzbares CUDA-Gerät. Wählen Sie in den Einstellungen CPU oder Automatisch.</translation>
    </message>
</context>
</TS>
