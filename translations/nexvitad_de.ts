<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackbonePair</name>
    <message>
        <source>no pretrained weights are known for %1; use random:%1 or a .safetensors file</source>
        <translation>Für %1 sind keine vortrainierten Gewichte bekannt; verwenden Sie random:%1 oder eine .safetensors-Datei</translation>
    </message>
    <message>
        <source>no weights of %1 are downloaded (nexvitad-cli weights download %2), or use random:%1</source>
        <translation>Es sind keine Gewichte von %1 heruntergeladen (nexvitad-cli weights download %2), oder verwenden Sie random:%1</translation>
    </message>
</context>
<context>
    <name>BankCli</name>
    <message>
        <source>%1 (%2 x %3 x %4)</source>
        <translation>%1 (%2 x %3 x %4)</translation>
    </message>
    <message>
        <source>Memory bank %1: %2 images, layers %3, %4</source>
        <translation>Memory Bank %1: %2 Bilder, Schichten %3, %4</translation>
    </message>
    <message>
        <source>all patches (exact nearest neighbour)</source>
        <translation>alle Patches (exakter nächster Nachbar)</translation>
    </message>
    <message>
        <source>K = %1 prototypes per layer</source>
        <translation>K = %1 Prototypen je Schicht</translation>
    </message>
    <message>
        <source>Encoder: %1</source>
        <translation>Encoder: %1</translation>
    </message>
    <message>
        <source>untrained (identity adapters)</source>
        <translation>untrainiert (Identitäts-Adapter)</translation>
    </message>
    <message>
        <source>trained, run %1</source>
        <translation>trainiert, Lauf %1</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>Warnung: untrainiertes Backbone (Zufallsgewichte); die Ergebnisse dienen nur der Demonstration.</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Zeit: %1 s</translation>
    </message>
    <message>
        <source>Builds a memory bank from M good images of a target class: encodes them (trained encoder of a run, or an untrained one) and clusters each layer into K prototypes with Sinkhorn K-means. With --from it edits an existing bank instead: --add encodes only the new images, --remove drops images, then the prototypes are re-clustered.</source>
        <translation>Erstellt eine Memory Bank aus M Gutbildern einer Zielklasse: kodiert sie (mit dem trainierten Encoder eines Laufs oder einem untrainierten) und clustert jede Schicht mit Sinkhorn K-means in K Prototypen. Mit --from wird stattdessen eine bestehende Bank bearbeitet: --add kodiert nur die neuen Bilder, --remove entfernt Bilder, danach werden die Prototypen neu geclustert.</translation>
    </message>
    <message>
        <source>Training run folder.</source>
        <translation>Ordner des Trainingslaufs.</translation>
    </message>
    <message>
        <source>Use an untrained encoder (identity adapters).</source>
        <translation>Einen untrainierten Encoder verwenden (Identitäts-Adapter).</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>Datensatzordner.</translation>
    </message>
    <message>
        <source>Target class.</source>
        <translation>Zielklasse.</translation>
    </message>
    <message>
        <source>Good images, chosen at random (default 10).</source>
        <translation>Gutbilder, zufällig ausgewählt (Standard 10).</translation>
    </message>
    <message>
        <source>Seed of the image choice and the clustering (default 0).</source>
        <translation>Seed für die Bildauswahl und das Clustering (Standard 0).</translation>
    </message>
    <message>
        <source>The good images instead of a random choice: comma-separated, or @file with one per line (relative to --data).</source>
        <translation>Die Gutbilder statt einer zufälligen Auswahl: durch Kommas getrennt oder @file mit einem Bild pro Zeile (relativ zu --data).</translation>
    </message>
    <message>
        <source>Prototypes per layer (default 30).</source>
        <translation>Prototypen je Schicht (Standard 30).</translation>
    </message>
    <message>
        <source>sinkhorn_kmeans (default) or all_patches.</source>
        <translation>sinkhorn_kmeans (Standard) oder all_patches.</translation>
    </message>
    <message>
        <source>Encoder layers (default 1,2,3,4).</source>
        <translation>Encoder-Schichten (Standard 1,2,3,4).</translation>
    </message>
    <message>
        <source>Untrained encoder: image size S (default 224).</source>
        <translation>Untrainierter Encoder: Bildgröße S (Standard 224).</translation>
    </message>
    <message>
        <source>Bank to edit.</source>
        <translation>Zu bearbeitende Bank.</translation>
    </message>
    <message>
        <source>With --from: images to add.</source>
        <translation>Mit --from: hinzuzufügende Bilder.</translation>
    </message>
    <message>
        <source>With --from: image names (or SHA-256) to remove.</source>
        <translation>Mit --from: zu entfernende Bildnamen (oder SHA-256).</translation>
    </message>
    <message>
        <source>Bank file to write.</source>
        <translation>Zu schreibende Bank-Datei.</translation>
    </message>
    <message>
        <source>Give --out and either --from BANK, or exactly one of --run and --untrained with --class and --data (or --images).</source>
        <translation>Geben Sie --out und entweder --from BANK oder genau eines von --run und --untrained mit --class und --data (oder --images) an.</translation>
    </message>
    <message>
        <source>the bank holds no image &quot;%1&quot;</source>
        <translation>die Bank enthält kein Bild &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--prototypes must be sinkhorn_kmeans or all_patches</source>
        <translation>--prototypes muss sinkhorn_kmeans oder all_patches sein</translation>
    </message>
    <message>
        <source>Recorded in the project %1: memory bank %2 (model %3)</source>
        <translation>Im Projekt %1 erfasst: Memory Bank %2 (Modell %3)</translation>
    </message>
</context>
<context>
    <name>BankWork</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>The memory bank holds no image with SHA-256 %1.</source>
        <translation>Die Memory Bank enthält kein Bild mit SHA-256 %1.</translation>
    </message>
</context>
<context>
    <name>BatchWork</name>
    <message>
        <source>Reading images</source>
        <translation>Bilder werden gelesen</translation>
    </message>
</context>
<context>
    <name>BenchCli</name>
    <message>
        <source>--%1 must be a positive integer.</source>
        <translation>--%1 muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Hiera variant, or &quot;none&quot; (default %1).</source>
        <translation>Hiera-Variante oder &quot;none&quot; (Standard %1).</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>DINOv2 variant, or &quot;none&quot; (default %1).</source>
        <translation>DINOv2-Variante oder &quot;none&quot; (Standard %1).</translation>
    </message>
    <message>
        <source>Image side (default 224).</source>
        <translation>Bildseitenlänge (Standard 224).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this batch size (default: 1 and 10).</source>
        <translation>Nur diese Batchgröße (Standard: 1 und 10).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Timed runs per batch size (default %1).</source>
        <translation>Gemessene Läufe pro Batchgröße (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Compute threads (default: the setting).</source>
        <translation>Rechen-Threads (Standard: die Einstellung).</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Threads: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Hiera: %1 at %2 px; DINOv2: %3 at %4 px</source>
        <translation>Hiera: %1 bei %2 px; DINOv2: %3 bei %4 px</translation>
    </message>
    <message>
        <source>what      batch   s/image   GFLOP/image   GFLOP/s   ratio to sgemm</source>
        <translation>was       Batch   s/Bild    GFLOP/Bild    GFLOP/s   Verhältnis zu sgemm</translation>
    </message>
    <message>
        <source>Peak RSS: %1 MiB</source>
        <translation>Max. RSS: %1 MiB</translation>
    </message>
    <message>
        <source>Frozen Hiera + DINOv2 forward speed and memory</source>
        <translation>Vorwärtsgeschwindigkeit und Speicher der eingefrorenen Hiera + DINOv2</translation>
    </message>
    <message>
        <source>Seconds per training epoch, uncached vs cached</source>
        <translation>Sekunden pro Trainingsepoche, ohne vs. mit Cache</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli bench &lt;what&gt; [options]</source>
        <translation>Aufruf: nexvitad-cli bench &lt;was&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Unknown benchmark &quot;%1&quot;.</source>
        <translation>Unbekannter Benchmark &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>PDF report of N images: seconds, pages, peak memory</source>
        <translation>PDF-Bericht über N Bilder: Sekunden, Seiten, Spitzenspeicher</translation>
    </message>
    <message>
        <source>Inspection time per image by stage and K; bank build time</source>
        <translation>Prüfzeit pro Bild nach Stufe und K; Aufbauzeit der Bank</translation>
    </message>
    <message>
        <source>Times the frozen backbones (random weights: speed does not depend on them) at batch 1 and 10: seconds per image (median after warm-up), achieved GFLOP/s (analytic FLOP count), this machine&apos;s sgemm GFLOP/s measured before each timed run, the median of the paired ratios, and the peak resident memory. With --project the run is recorded there as a job.</source>
        <translation>Misst die eingefrorenen Backbones (Zufallsgewichte: die Geschwindigkeit hängt nicht von ihnen ab) bei Batch 1 und 10: Sekunden pro Bild (Median nach dem Aufwärmen), erreichte GFLOP/s (analytische FLOP-Zählung), die sgemm-GFLOP/s dieses Rechners, gemessen vor jedem gezählten Lauf, den Median der gepaarten Verhältnisse und den maximalen residenten Speicher. Mit --project wird der Lauf dort als Auftrag festgehalten.</translation>
    </message>
    <message>
        <source>sgemm: %1 GFLOP/s, median of the measurements before each timed run (range %2-%3; square %4 x %4 sgemm, best of three products; BLAS %5)</source>
        <translation>sgemm: %1 GFLOP/s, Median der Messungen vor jedem gezählten Lauf (Bereich %2-%3; quadratisches sgemm %4 x %4, bestes von drei Produkten; BLAS %5)</translation>
    </message>
    <message>
        <source>Tensor memory cache: up to %1 MiB; %2 of %3 large allocations reused freed memory</source>
        <translation>Tensor-Speicher-Cache: bis %1 MiB; %2 von %3 großen Speicheranforderungen nutzten freigegebenen Speicher erneut</translation>
    </message>
    <message>
        <source>Tensor memory cache: off</source>
        <translation>Tensor-Speicher-Cache: aus</translation>
    </message>
    <message>
        <source>Hot-folder watcher&apos;s steady-state rate against the backbones&apos; rate</source>
        <translation>Stationäre Rate der Hotfolder-Überwachung im Vergleich zur Rate der Backbones</translation>
    </message>
    <message>
        <source>Banks, inspections and project writes for N minutes: memory and open files must not grow</source>
        <translation>Speicherbanken, Prüfungen und Projekteinträge N Minuten lang: Speicher und offene Dateien dürfen nicht wachsen</translation>
    </message>
</context>
<context>
    <name>BenchInspect</name>
    <message>
        <source>Times inspection per image split into feature extraction, scoring and post-processing, for K = 5, 10, 20, 30, 40 and all_patches at batch 1 and 10, and the building of a bank (M = 10, K = 30, 4 layers), on a fresh synthetic class with an untrained encoder (speed does not depend on the weights&apos; values).</source>
        <translation>Misst die Prüfzeit pro Bild, aufgeteilt in Merkmalsextraktion, Scoring und Nachbearbeitung, für K = 5, 10, 20, 30, 40 und all_patches bei Batch 1 und 10, sowie den Aufbau einer Bank (M = 10, K = 30, 4 Schichten), auf einer neuen synthetischen Klasse mit einem untrainierten Encoder (die Geschwindigkeit hängt nicht von den Werten der Gewichte ab).</translation>
    </message>
    <message>
        <source>Image size S (default 224).</source>
        <translation>Bildgröße S (Standard 224).</translation>
    </message>
    <message>
        <source>K values (default 5,10,20,30,40).</source>
        <translation>K-Werte (Standard 5,10,20,30,40).</translation>
    </message>
    <message>
        <source>Threads: %1; %2 + %3 at %4 px; untrained encoder</source>
        <translation>Threads: %1; %2 + %3 bei %4 px; untrainierter Encoder</translation>
    </message>
    <message>
        <source>K            batch  features s/img  scoring s/img  post s/img  (scoring+post)/features  clustering s</source>
        <translation>K            Batch Merkmale s/Bild Scoring s/Bild Post s/Bild  (Scoring+Post)/Merkmale  Clustering s</translation>
    </message>
    <message>
        <source>Only time the building of the bank (skip the per-K table).</source>
        <translation>Nur den Aufbau der Bank messen (die Tabelle je K auslassen).</translation>
    </message>
    <message>
        <source>Bank build, M = 10, K = 30, 4 layers: %1 s (encoding about %2 s, clustering %3 s measured alone; loading the encoder, %4 s, not included)</source>
        <translation>Aufbau der Bank, M = 10, K = 30, 4 Schichten: %1 s (Kodieren etwa %2 s, Clustering %3 s einzeln gemessen; Laden des Encoders, %4 s, nicht enthalten)</translation>
    </message>
    <message>
        <source>layer %1 (%2 x %3 patches): %4 s, %5 outer iterations%6, %7 Sinkhorn iterations, last move %8</source>
        <translation>Schicht %1 (%2 x %3 Patches): %4 s, %5 äußere Iterationen%6, %7 Sinkhorn-Iterationen, letzte Verschiebung %8</translation>
    </message>
    <message>
        <source> (converged)</source>
        <translation> (konvergiert)</translation>
    </message>
</context>
<context>
    <name>BenchReport</name>
    <message>
        <source>Builds a temporary project with N inspections of synthetic defective images (each with a heat map and a ground-truth mask), writes their PDF report and prints the seconds, pages, file size and the peak resident memory (VmHWM) before and after.</source>
        <translation>Legt ein temporäres Projekt mit N Prüfungen synthetischer fehlerhafter Bilder an (jeweils mit Heatmap und Ground-Truth-Maske), schreibt deren PDF-Bericht und gibt Sekunden, Seiten, Dateigröße und den maximalen residenten Speicher (VmHWM) davor und danach aus.</translation>
    </message>
    <message>
        <source>Inspections in the batch (default 1000).</source>
        <translation>Prüfungen im Stapel (Standard 1000).</translation>
    </message>
    <message>
        <source>Image side in pixels (default 256).</source>
        <translation>Bildseite in Pixeln (Standard 256).</translation>
    </message>
    <message>
        <source>--images must be at least 1 and --size 32..1024.</source>
        <translation>--images muss mindestens 1 sein und --size 32..1024.</translation>
    </message>
    <message>
        <source>Writing %1 synthetic images</source>
        <translation>Schreibe %1 synthetische Bilder</translation>
    </message>
    <message>
        <source>Images: %1 (%2 x %2 px), image tiles: %3</source>
        <translation>Bilder: %1 (%2 x %2 px), Bildkacheln: %3</translation>
    </message>
    <message>
        <source>Report: %1 pages, %2 MiB, %3 s (%4 s per page)</source>
        <translation>Bericht: %1 Seiten, %2 MiB, %3 s (%4 s pro Seite)</translation>
    </message>
    <message>
        <source>Peak RSS: %1 MiB before the report, %2 MiB after it</source>
        <translation>Spitzen-RSS: %1 MiB vor dem Bericht, %2 MiB danach</translation>
    </message>
</context>
<context>
    <name>BenchSoak</name>
    <message>
        <source>Repeats bank building, inspection and project writes in one process and watches its resident memory and open file descriptors: after a warm-up (the first fifth of the rounds) neither may grow. Prints a sample a minute and the trend; exit code 1 when either grows. Untrained encoder on a fresh synthetic class; Ctrl-C ends early with the trend so far.</source>
        <translation>Wiederholt Speicherbank-Aufbau, Prüfung und Projekteinträge in einem Prozess und beobachtet seinen residenten Speicher und seine offenen Dateideskriptoren: nach dem Aufwärmen (dem ersten Fünftel der Runden) darf keines von beiden wachsen. Gibt jede Minute eine Messung und den Trend aus; Exit-Code 1, wenn eines wächst. Untrainierter Encoder auf einer frischen synthetischen Klasse; Strg-C beendet vorzeitig mit dem bisherigen Trend.</translation>
    </message>
    <message>
        <source>How long to run (default 10).</source>
        <translation>Laufzeit (Standard 10).</translation>
    </message>
    <message>
        <source>Stop after this many rounds instead.</source>
        <translation>Stattdessen nach so vielen Runden aufhören.</translation>
    </message>
    <message>
        <source>Image size S (default 128).</source>
        <translation>Bildgröße S (Standard 128).</translation>
    </message>
    <message>
        <source>Prototypes per layer (default 10).</source>
        <translation>Prototypen je Schicht (Standard 10).</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>kann keinen temporären Ordner anlegen</translation>
    </message>
    <message>
        <source>Soak: %1; threads %2; hiera_tiny_224 + vit_small_patch14_dinov2 at %3 px, untrained encoder. A round: bank of %4 images (K = %5) built, saved and recorded; %6 images inspected, maps and overlays written, inspections recorded in a project.</source>
        <translation>Dauertest: %1; Threads %2; hiera_tiny_224 + vit_small_patch14_dinov2 bei %3 px, untrainierter Encoder. Eine Runde: Speicherbank aus %4 Bildern (K = %5) aufgebaut, gespeichert und erfasst; %6 Bilder geprüft, Karten und Überlagerungen geschrieben, Prüfungen in einem Projekt erfasst.</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>  minute  rounds   RSS MiB  open files</source>
        <translation>  Minute  Runden   RSS MiB  offene Dateien</translation>
    </message>
    <message>
        <source>%1 rounds in %2 min, the first %3 warm-up; peak RSS %4 MiB</source>
        <translation>%1 Runden in %2 min, die ersten %3 zum Aufwärmen; Spitzen-RSS %4 MiB</translation>
    </message>
    <message>
        <source>Too few rounds after the warm-up for a verdict: run longer.</source>
        <translation>Zu wenige Runden nach dem Aufwärmen für ein Urteil: länger laufen lassen.</translation>
    </message>
    <message>
        <source>RSS after warm-up %1 MiB, at the end %2 MiB (%3 MiB; slope %4 MiB/h); open files %5 -&gt; %6: %7</source>
        <translation>RSS nach dem Aufwärmen %1 MiB, am Ende %2 MiB (%3 MiB; Steigung %4 MiB/h); offene Dateien %5 -&gt; %6: %7</translation>
    </message>
    <message>
        <source>GROWS</source>
        <translation>WÄCHST</translation>
    </message>
    <message>
        <source>no growth</source>
        <translation>kein Wachstum</translation>
    </message>
</context>
<context>
    <name>BenchTrain</name>
    <message>
        <source>Epochs to time (default 3).</source>
        <translation>Zu messende Epochen (Standard 3).</translation>
    </message>
    <message>
        <source>Override a training setting (repeatable).</source>
        <translation>Eine Trainingseinstellung überschreiben (wiederholbar).</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>Temporärer Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cpu preset, %1 px, batch %2, %3 source + %4 target classes, %5 + %6</source>
        <translation>cpu-Preset, %1 px, Batch %2, %3 Quell- + %4 Zielklassen, %5 + %6</translation>
    </message>
    <message>
        <source>epoch %1: %2 s (features %3 s, cache %4 hits / %5 misses), loss %6</source>
        <translation>Epoche %1: %2 s (Merkmale %3 s, Cache %4 Treffer / %5 Fehlgriffe), Loss %6</translation>
    </message>
    <message>
        <source>first epoch %1 s, later epochs %2 s on average, ratio %3</source>
        <translation>erste Epoche %1 s, spätere Epochen im Mittel %2 s, Verhältnis %3</translation>
    </message>
    <message>
        <source>--peer-sizes: %1 is not a multiple of 32</source>
        <translation>--peer-sizes: %1 ist kein Vielfaches von 32</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>kann den Ordner nicht anlegen</translation>
    </message>
    <message>
        <source>Trains the cpu preset for a few epochs on a freshly written synthetic dataset (4 classes: 3 source, 1 target) and prints the seconds of each epoch, the first (uncached) against the later (cached) ones. With --project the run is recorded there as a job. Then it times the cached training step alone against the same step in Python PyTorch (tools/peer_train_step.py; needs Debian&apos;s python3-torch) at 128 and 224 px.</source>
        <translation>Trainiert die Voreinstellung cpu einige Epochen lang auf einem frisch geschriebenen synthetischen Datensatz (4 Klassen: 3 Quellen, 1 Ziel) und gibt die Sekunden jeder Epoche aus, die erste (ohne Cache) gegen die späteren (mit Cache). Mit --project wird der Lauf dort als Auftrag erfasst. Danach misst es den gecachten Trainingsschritt allein gegen denselben Schritt in Python-PyTorch (tools/peer_train_step.py; braucht Debians python3-torch) bei 128 und 224 px.</translation>
    </message>
    <message>
        <source>Skip the epochs: only the cached step against PyTorch.</source>
        <translation>Epochen auslassen: nur der gecachte Schritt gegen PyTorch.</translation>
    </message>
    <message>
        <source>Skip the comparison with PyTorch.</source>
        <translation>Den Vergleich mit PyTorch auslassen.</translation>
    </message>
    <message>
        <source>Image sizes of the PyTorch comparison (default 128,224).</source>
        <translation>Bildgrößen des PyTorch-Vergleichs (Standard 128,224).</translation>
    </message>
    <message>
        <source>Timed steps per side and round (default 5).</source>
        <translation>Gemessene Schritte je Seite und Runde (Standard 5).</translation>
    </message>
    <message>
        <source>Rounds of ours-then-PyTorch (default 3).</source>
        <translation>Runden aus erst unserem Schritt, dann PyTorch (Standard 3).</translation>
    </message>
    <message>
        <source>Keep the peer script and the step files in this folder (to rerun the peer by hand).</source>
        <translation>Das Vergleichsskript und die Schrittdateien in diesem Ordner behalten (um den Vergleich von Hand zu wiederholen).</translation>
    </message>
</context>
<context>
    <name>BenchTrainPeer</name>
    <message>
        <source>cannot write the PyTorch peer script</source>
        <translation>kann das PyTorch-Vergleichsskript nicht schreiben</translation>
    </message>
    <message>
        <source>unexpected output of the PyTorch peer: %1</source>
        <translation>unerwartete Ausgabe des PyTorch-Vergleichs: %1</translation>
    </message>
    <message>
        <source>--no-peer</source>
        <translation>--no-peer</translation>
    </message>
    <message>
        <source>Cached training step (loss, backward, Adam) against PyTorch: %1 threads, batch %2, joint phase, median of %3 steps x %4 rounds, ours and the peer back to back</source>
        <translation>Gecachter Trainingsschritt (Verlust, Rückwärtslauf, Adam) gegen PyTorch: %1 Threads, Batch %2, gemeinsame Phase, Median aus %3 Schritten x %4 Runden, unserer und der Vergleich direkt nacheinander</translation>
    </message>
    <message>
        <source>PyTorch peer skipped: %1</source>
        <translation>PyTorch-Vergleich ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1 px: ours in bf16 %2 s/step (rounds %3), in fp32 %4 s/step (rounds %5), bf16/fp32 %6</source>
        <translation>%1 px: unserer in bf16 %2 s/Schritt (Runden %3), in fp32 %4 s/Schritt (Runden %5), bf16/fp32 %6</translation>
    </message>
    <message>
        <source>%1 px: ours %2 s/step (rounds %3)</source>
        <translation>%1 px: unserer %2 s/Schritt (Runden %3)</translation>
    </message>
    <message>
        <source>%1 px: ours %2 s/step (rounds %3), PyTorch %4 s/step (rounds %5), ratio ours/PyTorch %6 (target &lt;= 0.8)</source>
        <translation>%1 px: unserer %2 s/Schritt (Runden %3), PyTorch %4 s/Schritt (Runden %5), Verhältnis unserer/PyTorch %6 (Ziel &lt;= 0.8)</translation>
    </message>
</context>
<context>
    <name>BenchWatch</name>
    <message>
        <source>Times the hot-folder watcher in its steady state (images already waiting, after the first batch) on a fresh synthetic class with an untrained encoder, K = 30, recording into a temporary project, and compares it with the backbones&apos; own rate at the same batch size, measured before and after it in this process.</source>
        <translation>Misst die Hotfolder-Überwachung im stationären Zustand (Bilder warten bereits, nach dem ersten Batch) auf einer neuen synthetischen Klasse mit einem untrainierten Encoder, K = 30, mit Erfassung in einem temporären Projekt, und vergleicht sie mit der eigenen Rate der Backbones bei derselben Batchgröße, gemessen davor und danach in diesem Prozess.</translation>
    </message>
    <message>
        <source>Image size S (default 224).</source>
        <translation>Bildgröße S (Standard 224).</translation>
    </message>
    <message>
        <source>The watcher&apos;s batch (default 10).</source>
        <translation>Batchgröße der Überwachung (Standard 10).</translation>
    </message>
    <message>
        <source>Images dropped in (default 60).</source>
        <translation>Abgelegte Bilder (Standard 60).</translation>
    </message>
    <message>
        <source>Do not record into a project.</source>
        <translation>Nicht in einem Projekt erfassen.</translation>
    </message>
    <message>
        <source>Threads: %1; hiera_tiny_224 + vit_small_patch14_dinov2 at %2 px, untrained encoder, K = 30, batch %3, %4 images per run, %5</source>
        <translation>Threads: %1; hiera_tiny_224 + vit_small_patch14_dinov2 bei %2 px, untrainierter Encoder, K = 30, Batch %3, %4 Bilder pro Lauf, %5</translation>
    </message>
    <message>
        <source>recorded in a project</source>
        <translation>in einem Projekt erfasst</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>kein Projekt</translation>
    </message>
    <message>
        <source>every image passes</source>
        <translation>alle Bilder bestanden</translation>
    </message>
    <message>
        <source>every image flagged (overlays written)</source>
        <translation>alle Bilder markiert (Überlagerungen geschrieben)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>  backbones (bench backbone, batch %1): %2 s/image before, %3 after -&gt; %4 images/s</source>
        <translation>  Backbones (bench backbone, Batch %1): %2 s/Bild davor, %3 danach -&gt; %4 Bilder/s</translation>
    </message>
    <message>
        <source>  watcher steady state (%1 images after the first batch): %2 s/image -&gt; %3 images/s</source>
        <translation>  Überwachung im stationären Zustand (%1 Bilder nach dem ersten Batch): %2 s/Bild -&gt; %3 Bilder/s</translation>
    </message>
    <message>
        <source>  per image: encoder %1 s, scoring %2 s, post %3 s, decoding %4 s, map/overlay/CSV %5 s, project %6 s, polling %7 s, other %8 s</source>
        <translation>  pro Bild: Encoder %1 s, Scoring %2 s, Nachbearbeitung %3 s, Dekodieren %4 s, Karte/Überlagerung/CSV %5 s, Projekt %6 s, Abfragen %7 s, Sonstiges %8 s</translation>
    </message>
    <message>
        <source>  inspector alone (decoding, encoder, scoring, post; no files, project or folder): %1 s/image; the watcher adds %2 %</source>
        <translation>  Prüfung allein (Dekodieren, Encoder, Scoring, Nachbearbeitung; keine Dateien, kein Projekt, kein Ordner): %1 s/Bild; die Überwachung fügt %2 % hinzu</translation>
    </message>
    <message>
        <source>  watcher rate / backbone rate: %1 (target &gt;= 0.90)</source>
        <translation>  Rate der Überwachung / Rate der Backbones: %1 (Ziel &gt;= 0.90)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>Das Diagramm kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1: drawing it failed.</source>
        <translation>Das Diagramm kann nicht nach %1 geschrieben werden: das Zeichnen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>&quot;%1&quot; exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <source>Export as PDF...</source>
        <translation>Als PDF exportieren...</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>cannot read the checkpoint: %1</source>
        <translation>Checkpoint kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a NexViTAD checkpoint (unreadable archive)</source>
        <translation>kein NexViTAD-Checkpoint (Archiv nicht lesbar)</translation>
    </message>
    <message>
        <source>unsupported checkpoint version %1</source>
        <translation>nicht unterstützte Checkpoint-Version %1</translation>
    </message>
    <message>
        <source>not a NexViTAD checkpoint (missing metadata)</source>
        <translation>kein NexViTAD-Checkpoint (Metadaten fehlen)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s augmentation random state is damaged</source>
        <translation>der Zufallszustand der Augmentierung im Checkpoint ist beschädigt</translation>
    </message>
    <message>
        <source>the checkpoint holds another model (%1) than this configuration builds (%2)</source>
        <translation>der Checkpoint enthält ein anderes Modell (%1) als diese Konfiguration erzeugt (%2)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s tensors do not fit the model: %1</source>
        <translation>die Tensoren des Checkpoints passen nicht zum Modell: %1</translation>
    </message>
</context>
<context>
    <name>CliValues</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs at least one number.</source>
        <translation>--%1 braucht mindestens eine Zahl.</translation>
    </message>
    <message>
        <source>cannot read the list for --%1: %2</source>
        <translation>die Liste für --%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--%1 is empty.</source>
        <translation>--%1 ist leer.</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (auto, cpu or cuda)</source>
        <translation>unbekanntes Gerät &quot;%1&quot; (auto, cpu oder cuda)</translation>
    </message>
</context>
<context>
    <name>DatasetCmd</name>
    <message>
        <source>Dataset:  %1</source>
        <translation>Datensatz:  %1</translation>
    </message>
    <message>
        <source>Layout:   %1</source>
        <translation>Layout:     %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest:   %1</translation>
    </message>
    <message>
        <source>Classes:  %1</source>
        <translation>Klassen:    %1</translation>
    </message>
    <message>
        <source>Images:   %1 (train/good %2, test/good %3, test defects %4), masks %5</source>
        <translation>Bilder:     %1 (train/good %2, test/good %3, test Defekte %4), Masken %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sizes:    %1</source>
        <translation>Größen:     %1</translation>
    </message>
    <message>
        <source>Problems: %1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>Probleme:   %1 Fehler, %2 Warnung(en), %3 Hinweis(e)</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>Die Aktion.</translation>
    </message>
    <message>
        <source>The dataset folder.</source>
        <translation>Der Datensatzordner.</translation>
    </message>
    <message>
        <source>Print the manifest, summary and problems as JSON.</source>
        <translation>Manifest, Zusammenfassung und Probleme als JSON ausgeben.</translation>
    </message>
    <message>
        <source>auto (default), mvtec, mvtec-class or folder.</source>
        <translation>auto (Standard), mvtec, mvtec-class oder folder.</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Refuse images larger than this (default 100).</source>
        <translation>Bilder ablehnen, die größer sind (Standard 100).</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Folder layout: the normal images&apos; folder.</source>
        <translation>Folder-Layout: der Ordner der normalen Bilder.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Folder layout: the abnormal images&apos; folder.</source>
        <translation>Folder-Layout: der Ordner der fehlerhaften Bilder.</translation>
    </message>
    <message>
        <source>Folder layout: the masks&apos; folder.</source>
        <translation>Folder-Layout: der Ordner der Masken.</translation>
    </message>
    <message>
        <source>Folder layout: normal test images&apos; folder.</source>
        <translation>Folder-Layout: der Ordner der normalen Testbilder.</translation>
    </message>
    <message>
        <source>Folder layout: the class name (default: the folder&apos;s name).</source>
        <translation>Folder-Layout: der Klassenname (Standard: der Name des Ordners).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Do not hash the image files (faster; no duplicate check).</source>
        <translation>Bilddateien nicht hashen (schneller; keine Duplikatprüfung).</translation>
    </message>
    <message>
        <source>Also decode every image and mask (slow; finds damage inside files).</source>
        <translation>Zusätzlich jedes Bild und jede Maske dekodieren (langsam; findet Schäden innerhalb von Dateien).</translation>
    </message>
    <message>
        <source>nexvitad-cli: usage: dataset inspect DIR [--json]</source>
        <translation>nexvitad-cli: Aufruf: dataset inspect DIR [--json]</translation>
    </message>
    <message>
        <source>nexvitad-cli: unknown layout &apos;%1&apos;</source>
        <translation>nexvitad-cli: unbekanntes Layout &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nexvitad-cli: --max-megapixels needs a positive number</source>
        <translation>nexvitad-cli: --max-megapixels benötigt eine positive Zahl</translation>
    </message>
    <message>
        <source>Status:   usable</source>
        <translation>Status:     verwendbar</translation>
    </message>
    <message>
        <source>Status:   usable, with errors (the images above were left out)</source>
        <translation>Status:     verwendbar, mit Fehlern (die obigen Bilder wurden ausgelassen)</translation>
    </message>
    <message>
        <source>Status:   nothing usable</source>
        <translation>Status:     nichts verwendbar</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli dataset inspect DIR [--json] [options]</source>
        <translation>Aufruf: nexvitad-cli dataset inspect DIR [--json] [Optionen]</translation>
    </message>
    <message>
        <source>nexvitad-cli: usage: dataset inspect DIR [--json] [options]; see &apos;nexvitad-cli dataset inspect --help&apos;</source>
        <translation>nexvitad-cli: Aufruf: dataset inspect DIR [--json] [Optionen]; siehe &apos;nexvitad-cli dataset inspect --help&apos;</translation>
    </message>
    <message>
        <source>dataset inspect DIR: reads a dataset folder (MVTec AD, one MVTec AD class, or the Folder layout) without changing it, and prints the classes, the image counts per split and every problem found. Exit code 0: usable; 1: usable, some images left out because of errors; 2: nothing usable. With --project a usable dataset is registered in the project (once: the same folder with the same files is found again) and the run is recorded as a job.</source>
        <translation>dataset inspect DIR: liest einen Datensatzordner (MVTec AD, eine MVTec-AD-Klasse oder das Folder-Layout), ohne ihn zu verändern, und gibt die Klassen, die Bildanzahlen pro Split und jedes gefundene Problem aus. Exit-Code 0: verwendbar; 1: verwendbar, einige Bilder wegen Fehlern ausgelassen; 2: nichts verwendbar. Mit --project wird ein verwendbarer Datensatz im Projekt registriert (einmal: derselbe Ordner mit denselben Dateien wird wiedergefunden) und der Lauf als Auftrag erfasst.</translation>
    </message>
    <message>
        <source>registered; %1 error(s) left images out</source>
        <translation>registriert; %1 Fehler haben Bilder ausgeschlossen</translation>
    </message>
    <message>
        <source>nothing usable in %1</source>
        <translation>nichts Verwendbares in %1</translation>
    </message>
</context>
<context>
    <name>DatasetScan</name>
    <message>
        <source>same content as %1</source>
        <translation>gleicher Inhalt wie %1</translation>
    </message>
    <message>
        <source>no usable image is left in the class &apos;%1&apos; (see the errors above)</source>
        <translation>in der Klasse &apos;%1&apos; ist kein verwendbares Bild übrig (siehe die Fehler oben)</translation>
    </message>
    <message>
        <source>the class &apos;%1&apos; has no test images: it cannot be evaluated</source>
        <translation>die Klasse &apos;%1&apos; hat keine Testbilder: sie kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>Listing the dataset folders</source>
        <translation>Datensatzordner werden aufgelistet</translation>
    </message>
    <message>
        <source>the dataset folder %1 does not exist or is not a folder</source>
        <translation>der Datensatzordner %1 existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>unknown dataset layout: expected MVTec AD (&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;), one MVTec AD class (train/, test/), or the Folder layout (good/ and bad/ folders, optional mask/)</source>
        <translation>unbekanntes Datensatz-Layout: erwartet MVTec AD (&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;), eine MVTec-AD-Klasse (train/, test/) oder das Folder-Layout (Ordner good/ und bad/, optional mask/)</translation>
    </message>
    <message>
        <source>Checking images</source>
        <translation>Bilder werden geprüft</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels (%4 megapixels), over the limit of %5 megapixels; not decoded</source>
        <translation>%1 hat %2 x %3 Pixel (%4 Megapixel), über der Grenze von %5 Megapixeln; nicht dekodiert</translation>
    </message>
    <message>
        <source>%1 is a %2 file that this build of OpenCV cannot decode</source>
        <translation>%1 ist eine %2-Datei, die dieser OpenCV-Build nicht dekodieren kann</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <source>the defect image has no mask (expected %1)</source>
        <translation>das Defektbild hat keine Maske (erwartet %1)</translation>
    </message>
    <message>
        <source>the mask</source>
        <translation>die Maske</translation>
    </message>
    <message>
        <source>the mask is %1 x %2 pixels but its image %3 is %4 x %5</source>
        <translation>die Maske hat %1 x %2 Pixel, ihr Bild %3 aber %4 x %5</translation>
    </message>
    <message>
        <source>the mask of a defect image marks no pixel as defective</source>
        <translation>die Maske eines Defektbilds markiert kein Pixel als fehlerhaft</translation>
    </message>
    <message>
        <source>no normal-image folder (good/, normal/, ok/) found</source>
        <translation>kein Ordner mit normalen Bildern (good/, normal/, ok/) gefunden</translation>
    </message>
    <message>
        <source>no normal-test folder: the last %1 of the %2 normal images (by name) are used as test/good</source>
        <translation>kein Ordner mit normalen Testbildern: die letzten %1 der %2 normalen Bilder (nach Name) werden als test/good verwendet</translation>
    </message>
    <message>
        <source>not an image (PNG, JPEG, BMP, TIFF); ignored</source>
        <translation>kein Bild (PNG, JPEG, BMP, TIFF); ignoriert</translation>
    </message>
    <message>
        <source>no mask folder: defect images have no ground truth (image-level evaluation only)</source>
        <translation>kein Maskenordner: Defektbilder haben keine Ground Truth (nur Auswertung auf Bildebene)</translation>
    </message>
    <message>
        <source>the class &apos;%1&apos; has no images</source>
        <translation>die Klasse &apos;%1&apos; hat keine Bilder</translation>
    </message>
    <message>
        <source>training images must be good: only train/good is used; this folder is ignored</source>
        <translation>Trainingsbilder müssen gut sein: nur train/good wird verwendet; dieser Ordner wird ignoriert</translation>
    </message>
    <message>
        <source>not inside a split folder; ignored</source>
        <translation>nicht in einem Split-Ordner; ignoriert</translation>
    </message>
    <message>
        <source>there is no train/good folder: this class has no good training images</source>
        <translation>es gibt keinen Ordner train/good: diese Klasse hat keine guten Trainingsbilder</translation>
    </message>
    <message>
        <source>not inside a mask folder; ignored</source>
        <translation>nicht in einem Maskenordner; ignoriert</translation>
    </message>
    <message>
        <source>masks for a defect type that has no test/%1 folder; ignored</source>
        <translation>Masken für einen Defekttyp ohne Ordner test/%1; ignoriert</translation>
    </message>
    <message>
        <source>mask without an image (no test/%1/%2.*); ignored</source>
        <translation>Maske ohne Bild (kein test/%1/%2.*); ignoriert</translation>
    </message>
    <message>
        <source>not part of the MVTec AD layout; ignored</source>
        <translation>nicht Teil des MVTec-AD-Layouts; ignoriert</translation>
    </message>
    <message>
        <source>extra file; ignored</source>
        <translation>zusätzliche Datei; ignoriert</translation>
    </message>
    <message>
        <source>the class folder is empty (no train/ or test/ inside)</source>
        <translation>der Klassenordner ist leer (kein train/ oder test/ darin)</translation>
    </message>
    <message>
        <source>not a class folder (no train/ or test/ inside); ignored</source>
        <translation>kein Klassenordner (kein train/ oder test/ darin); ignoriert</translation>
    </message>
    <message>
        <source>this folder was already scanned under another name (through a symbolic link); not scanned again</source>
        <translation>dieser Ordner wurde bereits unter einem anderen Namen durchsucht (über einen symbolischen Link); nicht erneut durchsucht</translation>
    </message>
    <message>
        <source>the folder cannot be read: %1</source>
        <translation>der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8 (undecodable bytes are shown as U+FFFD); it is imported, but other tools may fail on it</source>
        <translation>der Name ist kein gültiges UTF-8 (nicht dekodierbare Bytes werden als U+FFFD angezeigt); er wird importiert, aber andere Werkzeuge können daran scheitern</translation>
    </message>
    <message>
        <source>the name has non-ASCII characters; it is imported, but some tools and archives mishandle such names</source>
        <translation>der Name enthält Nicht-ASCII-Zeichen; er wird importiert, aber manche Werkzeuge und Archive behandeln solche Namen falsch</translation>
    </message>
    <message>
        <source>symbolic link loop: it leads back to a folder already being scanned; not followed</source>
        <translation>Schleife aus symbolischen Links: sie führt zurück zu einem Ordner, der gerade durchsucht wird; nicht verfolgt</translation>
    </message>
    <message>
        <source>broken symbolic link: its target does not exist; ignored</source>
        <translation>defekter symbolischer Link: sein Ziel existiert nicht; ignoriert</translation>
    </message>
    <message>
        <source>cannot be read as an image: not a regular file (a FIFO, socket or device); ignored</source>
        <translation>kann nicht als Bild gelesen werden: keine reguläre Datei (ein FIFO, Socket oder Gerät); ignoriert</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unexpected folder here; ignored</source>
        <translation>unerwarteter Ordner an dieser Stelle; ignoriert</translation>
    </message>
</context>
<context>
    <name>DecodeText</name>
    <message>
        <source>cannot decode the image: %1</source>
        <translation>das Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot decode the image (missing, unreadable, damaged or not an image)</source>
        <translation>das Bild kann nicht dekodiert werden (fehlt, nicht lesbar, beschädigt oder kein Bild)</translation>
    </message>
</context>
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
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Status:       usable</source>
        <translation>Status:       einsatzbereit</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Weights:      %1: %2</source>
        <translation>Gewichte:     %1: %2</translation>
    </message>
    <message>
        <source>Weights:      none present (demos use seeded random &quot;untrained&quot; backbones; see &apos;nexvitad-cli weights&apos;)</source>
        <translation>Gewichte:     keine vorhanden (Demos verwenden zufällig initialisierte, &quot;untrainierte&quot; Backbones mit Seed; siehe &apos;nexvitad-cli weights&apos;)</translation>
    </message>
    <message>
        <source>Checks versions, devices, threads, BLAS speed and backbone weights. Exit code 0 when the engine can run here. Takes no --project: it looks at this machine, not at a project, and changes nothing.</source>
        <translation>Prüft Versionen, Geräte, Threads, BLAS-Geschwindigkeit und Backbone-Gewichte. Exit-Code 0, wenn die Engine hier laufen kann. Nimmt kein --project: Es prüft diesen Rechner, kein Projekt, und ändert nichts.</translation>
    </message>
    <message>
        <source>Precision:    %1 (CPU bf16: %2)</source>
        <translation>Genauigkeit:  %1 (CPU-bf16: %2)</translation>
    </message>
    <message>
        <source>yes, AVX512_BF16</source>
        <translation>ja, AVX512_BF16</translation>
    </message>
</context>
<context>
    <name>EngineOptions</name>
    <message>
        <source>auto, cpu or cuda (default: the setting).</source>
        <translation>auto, cpu oder cuda (Standard: die Einstellung).</translation>
    </message>
    <message>
        <source>Hiera weights: random:&lt;variant&gt;[:seed], a model name or a .safetensors file.</source>
        <translation>Hiera-Gewichte: random:&lt;Variante&gt;[:Seed], ein Modellname oder eine .safetensors-Datei.</translation>
    </message>
    <message>
        <source>Hiera weights: random:&lt;variant&gt;[:seed], a model name or a .safetensors file (default %1).</source>
        <translation>Hiera-Gewichte: random:&lt;Variante&gt;[:Seed], ein Modellname oder eine .safetensors-Datei (Standard %1).</translation>
    </message>
    <message>
        <source>DINOv2 weights, same syntax.</source>
        <translation>DINOv2-Gewichte, gleiche Syntax.</translation>
    </message>
    <message>
        <source>DINOv2 weights, same syntax (default %1).</source>
        <translation>DINOv2-Gewichte, gleiche Syntax (Standard %1).</translation>
    </message>
</context>
<context>
    <name>EvalCli</name>
    <message>
        <source>Memory bank file.</source>
        <translation>Memory-Bank-Datei.</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>Datensatzordner.</translation>
    </message>
    <message>
        <source>Class to evaluate on.</source>
        <translation>Klasse, auf der evaluiert wird.</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>Zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>memory_bank (default) or decoder.</source>
        <translation>memory_bank (Standard) oder decoder.</translation>
    </message>
    <message>
        <source>Also write every test image&apos;s map and overlay into this folder.</source>
        <translation>Zusätzlich die Anomaliekarte und das Overlay jedes Testbilds in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Store the F1-optimal thresholds in the bank.</source>
        <translation>Die F1-optimalen Schwellen in der Bank speichern.</translation>
    </message>
    <message>
        <source>Review band half-width relative to the image threshold (default 0.1; 0: no band).</source>
        <translation>Halbe Breite des Prüfbands relativ zur Bildschwelle (Standard 0.1; 0: kein Band).</translation>
    </message>
    <message>
        <source>Give --bank, --data and --class.</source>
        <translation>Geben Sie --bank, --data und --class an.</translation>
    </message>
    <message>
        <source>--review-margin must be a number from 0 to below 1</source>
        <translation>--review-margin muss eine Zahl von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Class %1: %2 test images, inference %3%4</source>
        <translation>Klasse %1: %2 Testbilder, Inferenz %3%4</translation>
    </message>
    <message>
        <source> (UNTRAINED BACKBONE: random weights, demonstration only)</source>
        <translation> (UNTRAINIERTES BACKBONE: Zufallsgewichte, nur zur Demonstration)</translation>
    </message>
    <message>
        <source>no threshold can be chosen: the test set has no defective image</source>
        <translation>es kann keine Schwelle gewählt werden: der Testsatz enthält kein fehlerhaftes Bild</translation>
    </message>
    <message>
        <source>Saved in the bank: image threshold %1 (review band %2 .. %3), pixel threshold %4; chosen on this labelled set.</source>
        <translation>In der Bank gespeichert: Bildschwelle %1 (Prüfband %2 .. %3), Pixelschwelle %4; auf diesem gelabelten Satz gewählt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>Recorded in the project %1: evaluation %2 (memory bank %3)</source>
        <translation>Im Projekt %1 erfasst: Evaluierung %2 (Memory Bank %3)</translation>
    </message>
    <message>
        <source>Evaluates a memory bank on the labelled test images of a class: pixel AUROC, AP, AUPRO@0.3, F1-max, image AUROC, AP, F1-max and mIoU at the bank&apos;s pixel threshold. --save-thresholds stores the F1-optimal thresholds found here in the bank, with a review band of +/- --review-margin around the image threshold, and the good test images&apos; scores as the reference of the drift monitor.</source>
        <translation>Evaluiert eine Memory Bank auf den gelabelten Testbildern einer Klasse: Pixel-AUROC, AP, AUPRO@0.3, F1-max, Bild-AUROC, AP, F1-max und mIoU bei der Pixelschwelle der Bank. --save-thresholds speichert die hier gefundenen F1-optimalen Schwellen in der Bank, mit einem Prüfband von +/- --review-margin um die Bildschwelle, sowie die Scores der guten Testbilder als Referenz für die Drift-Überwachung.</translation>
    </message>
    <message>
        <source>Inspecting the test images</source>
        <translation>Testbilder werden geprüft</translation>
    </message>
</context>
<context>
    <name>ExplainCli</name>
    <message>
        <source>--%1 needs X,Y in the image&apos;s pixels.</source>
        <translation>--%1 erwartet X,Y in Pixeln des Bildes.</translation>
    </message>
    <message>
        <source>--%1 needs X,Y,W,H in the image&apos;s pixels (W and H at least 1).</source>
        <translation>--%1 erwartet X,Y,W,H in Pixeln des Bildes (W und H mindestens 1).</translation>
    </message>
    <message>
        <source>Explanation by retrieval: for a pixel (--at) or region (--region) of an image, the nearest normal patches of the memory bank per layer. Writes a side-by-side picture (the image&apos;s patch beside the bank&apos;s nearest patches) and, with --json, the explanation as JSON. Coordinates are in the image&apos;s own pixels.</source>
        <translation>Erklärung durch Abruf: für ein Pixel (--at) oder eine Region (--region) eines Bildes die nächsten normalen Patches der Memory Bank je Schicht. Schreibt ein Bild zum Vergleich nebeneinander (der Patch des Bildes neben den nächsten Patches der Bank) und mit --json die Erklärung als JSON. Die Koordinaten sind in den Pixeln des Bildes selbst angegeben.</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>Die Bilddatei.</translation>
    </message>
    <message>
        <source>Memory bank file.</source>
        <translation>Memory-Bank-Datei.</translation>
    </message>
    <message>
        <source>The pixel X,Y.</source>
        <translation>Das Pixel X,Y.</translation>
    </message>
    <message>
        <source>The rectangle X,Y,W,H.</source>
        <translation>Das Rechteck X,Y,W,H.</translation>
    </message>
    <message>
        <source>Picture (PNG; default: IMAGE&apos;s name + .explanation.png in the current folder).</source>
        <translation>Bild (PNG; Standard: Name von IMAGE + .explanation.png im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>Explanation as JSON.</source>
        <translation>Erklärung als JSON.</translation>
    </message>
    <message>
        <source>Nearest patches per layer, from distinct bank images (default 3).</source>
        <translation>Nächste Patches je Schicht, aus verschiedenen Bildern der Bank (Standard 3).</translation>
    </message>
    <message>
        <source>Give --bank, one image and either --at or --region.</source>
        <translation>Geben Sie --bank, ein Bild und entweder --at oder --region an.</translation>
    </message>
    <message>
        <source>The point or region lies outside the %1 x %2 image.</source>
        <translation>Der Punkt oder die Region liegt außerhalb des Bildes (%1 x %2).</translation>
    </message>
    <message>
        <source>  layer %1: cell (%2, %3) -&gt; %4, cell (%5, %6), distance %7</source>
        <translation>  Schicht %1: Zelle (%2, %3) -&gt; %4, Zelle (%5, %6), Abstand %7</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
</context>
<context>
    <name>FeaturesCli</name>
    <message>
        <source>Safetensors file with a normalised tensor &quot;input&quot; [1, 3, S, S].</source>
        <translation>Safetensors-Datei mit einem normalisierten Tensor &quot;input&quot; [1, 3, S, S].</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Image file (resized to --size, ImageNet normalisation).</source>
        <translation>Bilddatei (auf --size skaliert, ImageNet-Normalisierung).</translation>
    </message>
    <message>
        <source>Image side, a multiple of 32 (default 224).</source>
        <translation>Bildseitenlänge, ein Vielfaches von 32 (Standard 224).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Give --hiera, --dinov2, --out and exactly one of --input and --image.</source>
        <translation>Geben Sie --hiera, --dinov2, --out und genau eines von --input und --image an.</translation>
    </message>
    <message>
        <source>--size must be a positive multiple of 32.</source>
        <translation>--size muss ein positives Vielfaches von 32 sein.</translation>
    </message>
    <message>
        <source>Hiera:  %1 (%2)</source>
        <translation>Hiera:  %1 (%2)</translation>
    </message>
    <message>
        <source>DINOv2: %1 (%2), input %3 px</source>
        <translation>DINOv2: %1 (%2), Eingabe %3 px</translation>
    </message>
    <message>
        <source>Note: untrained backbone (random weights); these features mean nothing.</source>
        <translation>Hinweis: untrainiertes Backbone (Zufallsgewichte); diese Merkmale sind bedeutungslos.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Runs Hiera and DINOv2 on one normalised input tensor (or one image) and writes stage1..stage4 (NCHW), dino_patch_tokens ([1, S/14, S/14, D]), dino_cls and input.
Weights: a model name, a .safetensors file or random:&lt;variant&gt;[:seed].
With --project the run is recorded there as a job.</source>
        <translation>Führt Hiera und DINOv2 auf einem normalisierten Eingabetensor (oder einem Bild) aus und schreibt stage1..stage4 (NCHW), dino_patch_tokens ([1, S/14, S/14, D]), dino_cls und input.
Gewichte: ein Modellname, eine .safetensors-Datei oder random:&lt;variant&gt;[:seed].
Mit --project wird der Lauf dort als Auftrag erfasst.</translation>
    </message>
</context>
<context>
    <name>FileSystemCheck</name>
    <message>
        <source>cannot examine the file system of this folder</source>
        <translation>das Dateisystem dieses Ordners kann nicht untersucht werden</translation>
    </message>
    <message>
        <source>this folder is on a network file system (%1): the project store (SQLite, WAL) needs working POSIX locks and shared memory, which network file systems do not give; put the project on a local disk shared by the cluster&apos;s tasks (docs/cluster.md)</source>
        <translation>dieser Ordner liegt auf einem Netzwerkdateisystem (%1): der Projektspeicher (SQLite, WAL) benötigt funktionierende POSIX-Sperren und gemeinsamen Speicher, die Netzwerkdateisysteme nicht bieten; legen Sie das Projekt auf eine lokale Festplatte, die von den Tasks des Clusters gemeinsam genutzt wird (docs/cluster.md)</translation>
    </message>
</context>
<context>
    <name>FilesText</name>
    <message>
        <source>not an anomaly map file (no 2-D tensor &quot;map&quot;)</source>
        <translation>keine Anomaliekarten-Datei (kein 2-D-Tensor &quot;map&quot;)</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>NexViTAD Workstation</source>
        <translation>NexViTAD Workstation</translation>
    </message>
    <message>
        <source>Render every main screen of the project to PNG files in &lt;folder&gt;, then exit.</source>
        <translation>Jeden Hauptbildschirm des Projekts als PNG-Datei in &lt;folder&gt; speichern und danach beenden.</translation>
    </message>
    <message>
        <source>The project the screenshots show (default: the current folder).</source>
        <translation>Das Projekt, das die Bildschirmfotos zeigen (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Use this language (e.g. de, zh_CN) instead of the configured one, without saving it.</source>
        <translation>Diese Sprache (z. B. de, zh_CN) statt der eingestellten verwenden, ohne sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>ImageDecode</name>
    <message>
        <source>cannot decode the image: the content is not a PNG, JPEG, BMP or TIFF image</source>
        <translation>kann das Bild nicht dekodieren: der Inhalt ist kein PNG-, JPEG-, BMP- oder TIFF-Bild</translation>
    </message>
</context>
<context>
    <name>ImageHeaderText</name>
    <message>
        <source>the %1 file is truncated (it ends before its last part)</source>
        <translation>die %1-Datei ist abgeschnitten (sie endet vor ihrem letzten Teil)</translation>
    </message>
    <message>
        <source>the PNG header is damaged or cut short</source>
        <translation>der PNG-Header ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the PNG colour type is invalid</source>
        <translation>der PNG-Farbtyp ist ungültig</translation>
    </message>
    <message>
        <source>the JPEG has no frame header (damaged or cut short)</source>
        <translation>das JPEG hat keinen Frame-Header (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>the BMP header is cut short</source>
        <translation>der BMP-Header ist abgeschnitten</translation>
    </message>
    <message>
        <source>the TIFF header has no image size</source>
        <translation>der TIFF-Header enthält keine Bildgröße</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the content is not a PNG, JPEG, BMP or TIFF image</source>
        <translation>der Inhalt ist kein PNG-, JPEG-, BMP- oder TIFF-Bild</translation>
    </message>
</context>
<context>
    <name>InspectCli</name>
    <message>
        <source>Inspects images with a memory bank: writes per image the raw anomaly map (&lt;name&gt;.map.safetensors) and a colour overlay (&lt;name&gt;.overlay.png), and a CSV of image scores and verdicts (pass / review / fail from the bank&apos;s thresholds).</source>
        <translation>Prüft Bilder mit einer Memory Bank: schreibt je Bild die rohe Anomaliekarte (&lt;name&gt;.map.safetensors) und ein farbiges Overlay (&lt;name&gt;.overlay.png) sowie eine CSV-Datei mit Bildscores und Urteilen (pass / review / fail anhand der Schwellen der Bank).</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>Bilddateien oder -ordner.</translation>
    </message>
    <message>
        <source>Memory bank file.</source>
        <translation>Memory-Bank-Datei.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>CSV file (default: OUT/inspection.csv).</source>
        <translation>CSV-Datei (Standard: OUT/inspection.csv).</translation>
    </message>
    <message>
        <source>memory_bank (default) or decoder.</source>
        <translation>memory_bank (Standard) oder decoder.</translation>
    </message>
    <message>
        <source>Images per batch (default 8).</source>
        <translation>Bilder pro Batch (Standard 8).</translation>
    </message>
    <message>
        <source>Give --bank, --out and at least one image or folder.</source>
        <translation>Geben Sie --bank, --out und mindestens ein Bild oder einen Ordner an.</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>Warnung: untrainiertes Backbone (Zufallsgewichte); die Ergebnisse dienen nur der Demonstration.</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Inspected %1 images: %2 pass, %3 review, %4 fail%5</source>
        <translation>%1 Bilder geprüft: %2 bestanden, %3 zu prüfen, %4 abgelehnt%5</translation>
    </message>
    <message>
        <source>, %1 without verdict (the bank has no threshold: run eval --save-thresholds)</source>
        <translation>, %1 ohne Urteil (die Bank hat keine Schwelle: führen Sie eval --save-thresholds aus)</translation>
    </message>
    <message>
        <source>Per image: features %1 s, scoring %2 s, post-processing %3 s</source>
        <translation>Pro Bild: Merkmale %1 s, Scoring %2 s, Nachbearbeitung %3 s</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Scores: %1</translation>
    </message>
    <message>
        <source>Recorded in the project %1: inspection batch %2</source>
        <translation>Im Projekt %1 erfasst: Prüfstapel %2</translation>
    </message>
    <message>
        <source>Explain every image that does not pass: the nearest normal patches of its map&apos;s maximum, as &lt;name&gt;.explanation.png (and in the project).</source>
        <translation>Jedes nicht bestandene Bild erklären: die nächsten normalen Patches zum Maximum seiner Karte, als &lt;name&gt;.explanation.png (und im Projekt).</translation>
    </message>
    <message>
        <source>Note: no explanations: %1</source>
        <translation>Hinweis: keine Erklärungen: %1</translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation>Bilder werden geprüft</translation>
    </message>
</context>
<context>
    <name>ManifestJson</name>
    <message>
        <source>unknown split kind &apos;%1&apos; in a saved manifest</source>
        <translation>unbekannte Split-Art &apos;%1&apos; in einem gespeicherten Manifest</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; in a saved manifest</source>
        <translation>unbekannter Schweregrad &apos;%1&apos; in einem gespeicherten Manifest</translation>
    </message>
    <message>
        <source>a saved manifest has an image without path or size</source>
        <translation>ein gespeichertes Manifest enthält ein Bild ohne Pfad oder Größe</translation>
    </message>
    <message>
        <source>not a NexViTAD dataset manifest (format &apos;nexvitad-manifest-1&apos; expected)</source>
        <translation>kein NexViTAD-Datensatzmanifest (Format &apos;nexvitad-manifest-1&apos; erwartet)</translation>
    </message>
</context>
<context>
    <name>MetricsTables</name>
    <message>
        <source>Pixel AUROC</source>
        <translation>Pixel-AUROC</translation>
    </message>
    <message>
        <source>Pixel AP</source>
        <translation>Pixel-AP</translation>
    </message>
    <message>
        <source>Pixel AUPRO (FPR &lt;= 0.3)</source>
        <translation>Pixel-AUPRO (FPR &lt;= 0.3)</translation>
    </message>
    <message>
        <source>Pixel F1-max</source>
        <translation>Pixel-F1-max</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>Image AP</source>
        <translation>Bild-AP</translation>
    </message>
    <message>
        <source>Image F1-max</source>
        <translation>Bild-F1-max</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>Defekttyp</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlerer Score</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Höchster Score</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>i. O.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>n. i. O.</translation>
    </message>
    <message>
        <source>Detection rate</source>
        <translation>Erkennungsrate</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Evaluation (run / bank / settings)</source>
        <translation>Auswertung (Lauf / Bank / Einstellungen)</translation>
    </message>
</context>
<context>
    <name>ProjectCmd</name>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: upgraded from schema version %1 (copy kept: %2)</source>
        <translation>Hinweis: von Schemaversion %1 aktualisiert (Kopie behalten: %2)</translation>
    </message>
    <message numerus="yes">
        <source>note: %n interrupted job(s) marked failed</source>
        <translation>
            <numerusform>Hinweis: %n unterbrochener Job als fehlgeschlagen markiert</numerusform>
            <numerusform>Hinweis: %n unterbrochene Jobs als fehlgeschlagen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n leftover file(s) removed from artifacts/</source>
        <translation>
            <numerusform>Hinweis: %n übrig gebliebene Datei aus artifacts/ entfernt</numerusform>
            <numerusform>Hinweis: %n übrig gebliebene Dateien aus artifacts/ entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Project:   %1</source>
        <translation>Projekt:   %1</translation>
    </message>
    <message>
        <source>Folder:    %1</source>
        <translation>Ordner:    %1</translation>
    </message>
    <message>
        <source>Schema:    version %1</source>
        <translation>Schema:    Version %1</translation>
    </message>
    <message>
        <source>Access:    %1</source>
        <translation>Zugriff:   %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>Jobs:      %1</source>
        <translation>Jobs:      %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>OK: database intact, %n artifact(s) present and matching their SHA-256.</source>
        <translation>
            <numerusform>OK: Datenbank intakt, %n Artefakt vorhanden und passend zu seinem SHA-256.</numerusform>
            <numerusform>OK: Datenbank intakt, %n Artefakte vorhanden und passend zu ihrem SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project folders (database + artifacts).
  init DIR               create a new project
  info DIR               what the project holds
  check DIR              full integrity and artifact check
  export DIR ARCHIVE     write the project into one .tar file
  import ARCHIVE DIR     unpack an archive into a new folder</source>
        <translation>Projektordner (Datenbank + Artefakte).
  init DIR               ein neues Projekt anlegen
  info DIR               was das Projekt enthält
  check DIR              vollständige Integritäts- und Artefaktprüfung
  export DIR ARCHIVE     das Projekt in eine .tar-Datei schreiben
  import ARCHIVE DIR     ein Archiv in einen neuen Ordner entpacken</translation>
    </message>
    <message>
        <source>init, info, check, export or import</source>
        <translation>init, info, check, export oder import</translation>
    </message>
    <message>
        <source>folder and archive</source>
        <translation>Ordner und Archiv</translation>
    </message>
    <message>
        <source>Project name for init (default: the folder&apos;s name).</source>
        <translation>Projektname für init (Standard: der Name des Ordners).</translation>
    </message>
    <message>
        <source>Open without changing anything (info, check, export).</source>
        <translation>Öffnen, ohne etwas zu verändern (info, check, export).</translation>
    </message>
    <message>
        <source>nexvitad-cli project: expected %1; see --help</source>
        <translation>nexvitad-cli project: %1 erwartet; siehe --help</translation>
    </message>
    <message>
        <source>%1 and two paths</source>
        <translation>%1 und zwei Pfade</translation>
    </message>
    <message>
        <source>an action and a folder</source>
        <translation>eine Aktion und ein Ordner</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2</source>
        <translation>Projekt &quot;%1&quot; in %2 angelegt</translation>
    </message>
    <message>
        <source>Imported project &quot;%1&quot; into %2</source>
        <translation>Projekt &quot;%1&quot; nach %2 importiert</translation>
    </message>
    <message>
        <source>nexvitad-cli project: unknown action &apos;%1&apos;; see --help</source>
        <translation>nexvitad-cli project: unbekannte Aktion &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <source>Exported %1 files (%2 MiB) to %3</source>
        <translation>%1 Dateien (%2 MiB) nach %3 exportiert</translation>
    </message>
</context>
<context>
    <name>ProtocolCli</name>
    <message>
        <source>split %1 run %2 (seed %3): target %4; source %5%6
  %7</source>
        <translation>Split %1 Lauf %2 (Seed %3): Ziel %4; Quelle %5%6
  %7</translation>
    </message>
    <message>
        <source> (finished training run reused)</source>
        <translation> (abgeschlossener Trainingslauf wiederverwendet)</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>Datensatzordner.</translation>
    </message>
    <message>
        <source>Splits, comma-separated, e.g. 11/1,10/2,9/3,8/4.</source>
        <translation>Splits, durch Kommas getrennt, z. B. 11/1,10/2,9/3,8/4.</translation>
    </message>
    <message>
        <source>Runs per split.</source>
        <translation>Läufe je Split.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>Base seed; run r uses seed + r (default 0).</source>
        <translation>Basis-Seed; Lauf r verwendet Seed + r (Standard 0).</translation>
    </message>
    <message>
        <source>Prototypes per layer (default 30).</source>
        <translation>Prototypen je Schicht (Standard 30).</translation>
    </message>
    <message>
        <source>Good images per memory bank (default 10).</source>
        <translation>Gutbilder je Memory Bank (Standard 10).</translation>
    </message>
    <message>
        <source>memory_bank (default) or decoder.</source>
        <translation>memory_bank (Standard) oder decoder.</translation>
    </message>
    <message>
        <source>No training: banks on an untrained encoder (fast; demonstrations).</source>
        <translation>Kein Training: Banks auf einem untrainierten Encoder (schnell; Demonstrationen).</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Lese %1 ein</translation>
    </message>
    <message>
        <source>the dataset holds no usable image</source>
        <translation>der Datensatz enthält kein verwendbares Bild</translation>
    </message>
    <message>
        <source>Written: %1, %2, %3</source>
        <translation>Geschrieben: %1, %2, %3</translation>
    </message>
    <message>
        <source>split %1 run %2: epoch %3/%4, loss %5, %6 s</source>
        <translation>Split %1 Lauf %2: Epoche %3/%4, Verlust %5, %6 s</translation>
    </message>
    <message>
        <source>Runs the paper&apos;s protocol: for each split (sources/targets, e.g. 11/1) and each of R runs (seed + r), draws the classes at random, trains a run into OUT/&lt;S&gt;-&lt;T&gt;/run&lt;r&gt; (a finished run there is reused, an unfinished one resumed), builds a memory bank per target class and evaluates it on that class&apos;s test images. Writes protocol.json, protocol.csv and protocol.md (mean, standard deviation and best per split) into --out. Ablations: --set mtl=false, --set pseudo_labels=false, --inference decoder, --k K. With --engine slurm the runs become one Slurm job array (docs/cluster.md); then: protocol status|resume|collect --project DIR.</source>
        <translation>Führt das Protokoll des Papers aus: für jeden Split (Quellen/Ziele, z. B. 11/1) und jeden von R Läufen (Seed + r) werden die Klassen zufällig gezogen, ein Lauf in OUT/&lt;S&gt;-&lt;T&gt;/run&lt;r&gt; trainiert (ein dort abgeschlossener Lauf wird wiederverwendet, ein unvollständiger fortgesetzt), je Zielklasse eine Memory Bank erstellt und auf den Testbildern dieser Klasse evaluiert. Schreibt protocol.json, protocol.csv und protocol.md (Mittelwert, Standardabweichung und Bestwert je Split) nach --out. Ablationen: --set mtl=false, --set pseudo_labels=false, --inference decoder, --k K. Mit --engine slurm werden die Läufe zu einem Slurm-Job-Array (docs/cluster.md); danach: protocol status|resume|collect --project DIR.</translation>
    </message>
    <message>
        <source>local (default: every run here, one after the other) or slurm (one Slurm job array, a task per split and run; needs --project; docs/cluster.md).</source>
        <translation>local (Standard: jeder Lauf hier, einer nach dem anderen) oder slurm (ein Slurm-Job-Array, ein Task je Split und Lauf; erfordert --project; docs/cluster.md).</translation>
    </message>
    <message>
        <source>Slurm partition (default: the cluster&apos;s default).</source>
        <translation>Slurm-Partition (Standard: die Standardpartition des Clusters).</translation>
    </message>
    <message>
        <source>Slurm time limit per task, e.g. 2:00:00.</source>
        <translation>Slurm-Zeitlimit je Task, z. B. 2:00:00.</translation>
    </message>
    <message>
        <source>CPUs per Slurm task (default 1).</source>
        <translation>CPUs je Slurm-Task (Standard 1).</translation>
    </message>
    <message>
        <source>Memory per Slurm task, e.g. 8G.</source>
        <translation>Speicher je Slurm-Task, z. B. 8G.</translation>
    </message>
    <message>
        <source>One more sbatch option, as it is (repeatable), e.g. --sbatch-arg=--account=lab.</source>
        <translation>Eine weitere sbatch-Option, unverändert (wiederholbar), z. B. --sbatch-arg=--account=lab.</translation>
    </message>
    <message>
        <source>--engine must be local or slurm (got &quot;%1&quot;)</source>
        <translation>--engine muss local oder slurm sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the protocol plan&apos;s working folder is not visible here: every node must see the same folders at the same paths</source>
        <translation>der Arbeitsordner des Protokollplans ist hier nicht sichtbar: jeder Knoten muss dieselben Ordner unter denselben Pfaden sehen</translation>
    </message>
    <message>
        <source>the protocol plan&apos;s command line cannot be read: %1</source>
        <translation>die Befehlszeile des Protokollplans kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the dataset changed since the protocol was planned; plan it again</source>
        <translation>der Datensatz hat sich seit der Planung des Protokolls geändert; planen Sie es erneut</translation>
    </message>
    <message>
        <source>warning: Slurm&apos;s queue could not be read (%1); the states come from the project alone</source>
        <translation>Warnung: die Slurm-Warteschlange konnte nicht gelesen werden (%1); die Zustände stammen allein aus dem Projekt</translation>
    </message>
    <message>
        <source>task %1: split %2 run %3: %4</source>
        <translation>Task %1: Split %2 Lauf %3: %4</translation>
    </message>
    <message numerus="yes">
        <source> (Slurm %1_%2, %n attempt(s)%3)</source>
        <translation>
            <numerusform> (Slurm %1_%2, %n Versuch%3)</numerusform>
            <numerusform> (Slurm %1_%2, %n Versuche%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1: %2 tasks: %3</source>
        <translation>Plan %1: %2 Tasks: %3</translation>
    </message>
    <message>
        <source>Slurm&apos;s queue cannot be read, so it is unknown which tasks still run: nothing was resubmitted (%1)</source>
        <translation>Die Slurm-Warteschlange kann nicht gelesen werden, daher ist unbekannt, welche Tasks noch laufen: nichts wurde erneut eingereicht (%1)</translation>
    </message>
    <message>
        <source>Plan %1: nothing to resume (every task is done or queued).</source>
        <translation>Plan %1: nichts fortzusetzen (jeder Task ist erledigt oder in der Warteschlange).</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: resubmitted %n task(s) as Slurm array job %2.</source>
        <translation>
            <numerusform>Plan %1: %n Task erneut als Slurm-Array-Job %2 eingereicht.</numerusform>
            <numerusform>Plan %1: %n Tasks erneut als Slurm-Array-Job %2 eingereicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>plan %1: task(s) %2 have no result yet; see protocol status, and protocol resume for the failed or lost ones</source>
        <translation>Plan %1: Task(s) %2 haben noch kein Ergebnis; siehe protocol status, und protocol resume für die fehlgeschlagenen oder verlorenen</translation>
    </message>
    <message>
        <source>protocol --engine slurm needs --project DIR: the plan and the tasks&apos; results live in the project</source>
        <translation>protocol --engine slurm erfordert --project DIR: der Plan und die Ergebnisse der Tasks liegen im Projekt</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n task(s) submitted as Slurm array job %2 (logs in %3).</source>
        <translation>
            <numerusform>Plan %1: %n Task als Slurm-Array-Job %2 eingereicht (Logs in %3).</numerusform>
            <numerusform>Plan %1: %n Tasks als Slurm-Array-Job %2 eingereicht (Logs in %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow with: nexvitad-cli protocol status --project %1; when every task is done: nexvitad-cli protocol collect --project %1</source>
        <translation>Weiter mit: nexvitad-cli protocol status --project %1; wenn jeder Task erledigt ist: nexvitad-cli protocol collect --project %1</translation>
    </message>
    <message>
        <source>Each task of a protocol plan: done, running, pending, failed (with its error) or lost (ended in Slurm without a result), from the project and squeue.</source>
        <translation>Jeder Task eines Protokollplans: erledigt, läuft, wartend, fehlgeschlagen (mit seinem Fehler) oder verloren (in Slurm ohne Ergebnis beendet), aus dem Projekt und squeue.</translation>
    </message>
    <message>
        <source>Submits again, as one Slurm job array, only the plan&apos;s tasks that failed or were lost.</source>
        <translation>Reicht nur die fehlgeschlagenen oder verlorenen Tasks des Plans erneut als ein Slurm-Job-Array ein.</translation>
    </message>
    <message>
        <source>Writes the plan&apos;s protocol.json, protocol.csv and protocol.md from the tasks&apos; results, as the local engine would.</source>
        <translation>Schreibt protocol.json, protocol.csv und protocol.md des Plans aus den Ergebnissen der Tasks, wie es die lokale Engine täte.</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>Projektordner.</translation>
    </message>
    <message>
        <source>Plan id (default: the latest).</source>
        <translation>Plan-ID (Standard: der neueste).</translation>
    </message>
    <message>
        <source>Runs one task (split x run) of a protocol plan stored in the project and records its result there. Submitted by protocol --engine slurm as a Slurm array task.</source>
        <translation>Führt einen Task (Split x Lauf) eines im Projekt gespeicherten Protokollplans aus und erfasst sein Ergebnis dort. Wird von protocol --engine slurm als Slurm-Array-Task eingereicht.</translation>
    </message>
    <message>
        <source>Plan id.</source>
        <translation>Plan-ID.</translation>
    </message>
    <message>
        <source>Task index.</source>
        <translation>Task-Index.</translation>
    </message>
    <message>
        <source>the project folder is not visible on %1: every node must see the project at the same path</source>
        <translation>der Projektordner ist auf %1 nicht sichtbar: jeder Knoten muss das Projekt unter demselben Pfad sehen</translation>
    </message>
    <message>
        <source>plan %1 has no task %2</source>
        <translation>Plan %1 hat keinen Task %2</translation>
    </message>
    <message>
        <source>Plan %1 task %2 is done already: not run again.</source>
        <translation>Plan %1 Task %2 ist bereits erledigt: wird nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Plan %1 task %2 (split %3 run %4) done on %5.</source>
        <translation>Plan %1 Task %2 (Split %3 Lauf %4) auf %5 erledigt.</translation>
    </message>
    <message>
        <source>Plan %1 task %2 (split %3 run %4) finished on %5, but another copy recorded it first: this result is not counted.</source>
        <translation>Plan %1 Task %2 (Split %3 Lauf %4) auf %5 beendet, aber eine andere Kopie hat ihn zuerst erfasst: dieses Ergebnis wird nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>ProtocolFiles</name>
    <message>
        <source># NexViTAD protocol</source>
        <translation># NexViTAD-Protokoll</translation>
    </message>
    <message>
        <source>Dataset %1; %2 runs per split, seeds %3..%4; inference %5, K = %6, M = %7 good images per bank; %8.</source>
        <translation>Datensatz %1; %2 Läufe je Split, Seeds %3..%4; Inferenz %5, K = %6, M = %7 Gutbilder je Bank; %8.</translation>
    </message>
    <message>
        <source>untrained encoder (no training)</source>
        <translation>untrainierter Encoder (kein Training)</translation>
    </message>
    <message>
        <source>%1 epochs, mtl %2, pseudo_labels %3</source>
        <translation>%1 Epochen, mtl %2, pseudo_labels %3</translation>
    </message>
    <message>
        <source>**UNTRAINED BACKBONE (random weights)**: these numbers demonstrate the pipeline, not the method.</source>
        <translation>**UNTRAINIERTES BACKBONE (Zufallsgewichte)**: diese Zahlen demonstrieren die Pipeline, nicht das Verfahren.</translation>
    </message>
    <message numerus="yes">
        <source>## Split %1 (%n run(s))</source>
        <translation>
            <numerusform>## Split %1 (%n Lauf)</numerusform>
            <numerusform>## Split %1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>| metric | mean | std | best | runs |</source>
        <translation>| Metrik | Mittelwert | Std.-Abw. | Bestwert | Läufe |</translation>
    </message>
</context>
<context>
    <name>ProtocolRecords</name>
    <message>
        <source>the project has no protocol plan %1</source>
        <translation>das Projekt hat keinen Protokollplan %1</translation>
    </message>
    <message>
        <source>the project has no protocol plan (submit one with protocol --engine slurm)</source>
        <translation>das Projekt hat keinen Protokollplan (reichen Sie einen mit protocol --engine slurm ein)</translation>
    </message>
</context>
<context>
    <name>ProtocolRunner</name>
    <message>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>no split given (e.g. 11/1,10/2)</source>
        <translation>kein Split angegeben (z. B. 11/1,10/2)</translation>
    </message>
    <message>
        <source>the number of runs must be at least 1 (got %1)</source>
        <translation>die Anzahl der Läufe muss mindestens 1 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>K and the number of bank images must be at least 1</source>
        <translation>K und die Anzahl der Bank-Bilder müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>inference = decoder needs a trained run: it cannot be combined with --untrained</source>
        <translation>inference = decoder braucht einen trainierten Lauf: nicht mit --untrained kombinierbar</translation>
    </message>
    <message>
        <source>the split %1 is given twice</source>
        <translation>der Split %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the split %1 needs at least one source and one target class</source>
        <translation>der Split %1 braucht mindestens eine Quell- und eine Zielklasse</translation>
    </message>
    <message>
        <source>the split %1 needs %2 classes, but the dataset has only %3 (%4)</source>
        <translation>der Split %1 braucht %2 Klassen, der Datensatz hat aber nur %3 (%4)</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>this run folder was trained on another version of the dataset; remove it or choose another output folder</source>
        <translation>dieser Laufordner wurde auf einer anderen Version des Datensatzes trainiert; entfernen Sie ihn oder wählen Sie einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>this run folder was trained on other classes (another seed?); remove it or choose another output folder</source>
        <translation>dieser Laufordner wurde auf anderen Klassen trainiert (anderer Seed?); entfernen Sie ihn oder wählen Sie einen anderen Ausgabeordner</translation>
    </message>
    <message>
        <source>Split %1, run %2: training</source>
        <translation>Split %1, Lauf %2: Training</translation>
    </message>
    <message>
        <source>Split %1, run %2: memory bank and evaluation of %3</source>
        <translation>Split %1, Lauf %2: Memory Bank und Auswertung von %3</translation>
    </message>
    <message>
        <source>Writing the results</source>
        <translation>Schreibe die Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Writes the PDF report of an inspection batch or an evaluation of the project: verdict summary, provenance (software, model and backbone weights with SHA-256, memory bank, thresholds and who set them, dataset manifest hash, seeds), metrics and charts, and the failed and review images. The report is also kept in the project.</source>
        <translation>Schreibt den PDF-Bericht eines Prüfstapels oder einer Evaluierung des Projekts: Urteilsübersicht, Herkunft (Software, Modell und Backbone-Gewichte mit SHA-256, Memory Bank, Schwellen und wer sie gesetzt hat, Manifest-Hash des Datensatzes, Seeds), Metriken und Diagramme sowie die abgelehnten und zu prüfenden Bilder. Der Bericht wird auch im Projekt abgelegt.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Page size: a4 (default) or letter.</source>
        <translation>Seitengröße: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Language whose script the font must cover, e.g. zh_CN (default: the language setting, else the system&apos;s).</source>
        <translation>Sprache, deren Schrift die Schriftart abdecken muss, z. B. zh_CN (Standard: die Spracheinstellung, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Operator shown on the cover (default: the setting).</source>
        <translation>Auf dem Deckblatt genannter Bediener (Standard: die Einstellung).</translation>
    </message>
    <message>
        <source>Give --project DIR, --out FILE.pdf and one of --inspection-batch ID or --evaluation ID.</source>
        <translation>Geben Sie --project DIR, --out DATEI.pdf und entweder --inspection-batch ID oder --evaluation ID an.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper muss a4 oder letter sein.</translation>
    </message>
    <message>
        <source>Recorded in the project as report %1.</source>
        <translation>Im Projekt als Bericht %1 erfasst.</translation>
    </message>
    <message>
        <source>--%1 must be a positive id or &quot;latest&quot;.</source>
        <translation>--%1 muss eine positive ID oder &quot;latest&quot; sein.</translation>
    </message>
    <message>
        <source>Report on this inspection batch (an id, or &quot;latest&quot;).</source>
        <translation>Bericht über diesen Prüfstapel (eine ID oder &quot;latest&quot;).</translation>
    </message>
    <message>
        <source>Report on this evaluation (an id, or &quot;latest&quot;).</source>
        <translation>Bericht über diese Evaluierung (eine ID oder &quot;latest&quot;).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, %3 KiB).</source>
        <translation>%1 geschrieben (%2 Seiten, %3 KiB).</translation>
    </message>
    <message>
        <source>The project holds no inspection batch yet.</source>
        <translation>Das Projekt enthält noch keinen Prüfstapel.</translation>
    </message>
    <message>
        <source>The project holds no evaluation yet.</source>
        <translation>Das Projekt enthält noch keine Evaluierung.</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <source>the run folder is a file</source>
        <translation>der Laufordner ist eine Datei</translation>
    </message>
    <message>
        <source>nothing to resume: the run folder holds no checkpoint</source>
        <translation>nichts fortzusetzen: der Laufordner enthält keinen Checkpoint</translation>
    </message>
    <message>
        <source>the run folder already holds a run; resume it or replace it with --force</source>
        <translation>der Laufordner enthält bereits einen Lauf; setzen Sie ihn fort oder ersetzen Sie ihn mit --force</translation>
    </message>
    <message>
        <source>the run folder cannot be written</source>
        <translation>in den Laufordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the training log: %1</source>
        <translation>das Trainingsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>%1 cannot be decoded (damaged data)</source>
        <translation>%1 kann nicht dekodiert werden (beschädigte Daten)</translation>
    </message>
</context>
<context>
    <name>ScoringText</name>
    <message>
        <source>The memory bank&apos;s prototypes have %1 channels but the encoder gives %2: the bank was built with another encoder.</source>
        <translation>Die Prototypen der Memory Bank haben %1 Kanäle, der Encoder liefert aber %2: die Bank wurde mit einem anderen Encoder erstellt.</translation>
    </message>
    <message>
        <source>The memory bank has %1 layers but the encoder gives %2.</source>
        <translation>Die Memory Bank hat %1 Schichten, der Encoder liefert aber %2.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The project explorer did not finish listing the project; its screenshot may be incomplete.</source>
        <translation>Der Projekt-Explorer hat das Projekt nicht fertig aufgelistet; sein Bildschirmfoto ist womöglich unvollständig.</translation>
    </message>
    <message>
        <source>the project has no training run with recorded epochs</source>
        <translation>das Projekt hat keinen Trainingslauf mit aufgezeichneten Epochen</translation>
    </message>
    <message>
        <source>a training is running</source>
        <translation>ein Training läuft</translation>
    </message>
    <message>
        <source>the project has no memory bank</source>
        <translation>das Projekt hat keine Memory Bank</translation>
    </message>
    <message>
        <source>memory bank %1 did not open within %2 s</source>
        <translation>Memory Bank %1 wurde nicht innerhalb von %2 s geöffnet</translation>
    </message>
    <message>
        <source>the project has no inspection batch</source>
        <translation>das Projekt hat keinen Prüfdurchlauf</translation>
    </message>
    <message>
        <source>inspection batch %1 could not be listed</source>
        <translation>Prüfdurchlauf %1 konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>the heat map of batch %1 was not rendered within %2 s</source>
        <translation>die Heatmap von Durchlauf %1 wurde nicht innerhalb von %2 s gezeichnet</translation>
    </message>
    <message>
        <source>the project has no evaluation</source>
        <translation>das Projekt hat keine Auswertung</translation>
    </message>
    <message>
        <source>evaluation %1 was not shown within %2 s</source>
        <translation>Auswertung %1 wurde nicht innerhalb von %2 s angezeigt</translation>
    </message>
    <message>
        <source>evaluation %1 cannot be read: %2</source>
        <translation>Auswertung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
    <message>
        <source>the project has no dataset</source>
        <translation>das Projekt hat keinen Datensatz</translation>
    </message>
    <message>
        <source>The scan of %1 did not succeed; the later import pages are skipped.</source>
        <translation>Der Scan von %1 ist fehlgeschlagen; die folgenden Importseiten werden übersprungen.</translation>
    </message>
    <message>
        <source>the dataset %1 could not be scanned</source>
        <translation>der Datensatz %1 konnte nicht gescannt werden</translation>
    </message>
    <message>
        <source>the wizard&apos;s class or settings page reports a problem</source>
        <translation>die Klassen- oder Einstellungsseite des Assistenten meldet ein Problem</translation>
    </message>
    <message>
        <source>the project has no inspection batch or evaluation to report on</source>
        <translation>das Projekt hat weder Prüfdurchlauf noch Auswertung für einen Bericht</translation>
    </message>
    <message>
        <source>the report preview was not ready within %1 s</source>
        <translation>die Berichtsvorschau war nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>Cannot read the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SinkhornText</name>
    <message>
        <source>Cannot make %1 prototypes from %2 patches: choose K between 1 and the number of patches, or add images.</source>
        <translation>Aus %2 Patches lassen sich keine %1 Prototypen bilden: wählen Sie K zwischen 1 und der Anzahl der Patches oder fügen Sie Bilder hinzu.</translation>
    </message>
</context>
<context>
    <name>Slurm</name>
    <message>
        <source>Slurm&apos;s %1 command is not installed or not on PATH (Debian: apt-get install slurm-client; the cluster engine needs a Slurm cluster)</source>
        <translation>Der Slurm-Befehl %1 ist nicht installiert oder nicht im PATH (Debian: apt-get install slurm-client; die Cluster-Engine benötigt einen Slurm-Cluster)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: is the Slurm controller (slurmctld) reachable?</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet: ist der Slurm-Controller (slurmctld) erreichbar?</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the Slurm controller cannot be reached, nothing was submitted (%1)</source>
        <translation>der Slurm-Controller ist nicht erreichbar, nichts wurde eingereicht (%1)</translation>
    </message>
    <message>
        <source>the Slurm cluster has no partition</source>
        <translation>der Slurm-Cluster hat keine Partition</translation>
    </message>
    <message>
        <source>the Slurm cluster has no partition &quot;%1&quot; (it has: %2)</source>
        <translation>der Slurm-Cluster hat keine Partition &quot;%1&quot; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>the CPUs per task must be at least 1</source>
        <translation>die CPUs je Task müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>no task to submit</source>
        <translation>kein Task zum Einreichen</translation>
    </message>
    <message>
        <source>cannot create the folder for the Slurm logs</source>
        <translation>der Ordner für die Slurm-Logs kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>sbatch answered something that is not a job id: %1</source>
        <translation>sbatch hat etwas geantwortet, das keine Job-ID ist: %1</translation>
    </message>
</context>
<context>
    <name>Splits</name>
    <message>
        <source>there is no class &apos;%1&apos; in the dataset (classes: %2)</source>
        <translation>es gibt keine Klasse &apos;%1&apos; im Datensatz (Klassen: %2)</translation>
    </message>
    <message>
        <source>the class &apos;%1&apos; is given twice; a class cannot be both source and target</source>
        <translation>die Klasse &apos;%1&apos; ist doppelt angegeben; eine Klasse kann nicht zugleich Quelle und Ziel sein</translation>
    </message>
    <message>
        <source>a split needs at least one source and one target class</source>
        <translation>ein Split braucht mindestens eine Quell- und eine Zielklasse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a split: write sources/targets, e.g. 11/1 or 8/4</source>
        <translation>&apos;%1&apos; ist kein Split: schreiben Sie Quellen/Ziele, z. B. 11/1 oder 8/4</translation>
    </message>
    <message>
        <source>a split needs at least one source and one target class (asked for %1/%2)</source>
        <translation>ein Split braucht mindestens eine Quell- und eine Zielklasse (angefordert: %1/%2)</translation>
    </message>
    <message>
        <source>a %1/%2 split needs %3 classes, but the dataset has %4</source>
        <translation>ein %1/%2-Split braucht %3 Klassen, der Datensatz hat aber %4</translation>
    </message>
    <message>
        <source>%1 (also %2)</source>
        <translation>%1 (auch %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation image(s) are also used for training or in the memory bank, which would make the results meaningless: %1</source>
        <translation>
            <numerusform>%n Auswertungsbild wird auch für das Training oder in der Memory Bank verwendet, was die Ergebnisse bedeutungslos machen würde: %1</numerusform>
            <numerusform>%n Auswertungsbilder werden auch für das Training oder in der Memory Bank verwendet, was die Ergebnisse bedeutungslos machen würde: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepBench</name>
    <message>
        <source>no python3 found (install Debian&apos;s python3-torch for the PyTorch peer)</source>
        <translation>kein python3 gefunden (für den PyTorch-Vergleich Debians python3-torch installieren)</translation>
    </message>
    <message>
        <source>%1 cannot import torch (install Debian&apos;s python3-torch for the PyTorch peer)</source>
        <translation>%1 kann torch nicht importieren (für den PyTorch-Vergleich Debians python3-torch installieren)</translation>
    </message>
    <message>
        <source>the PyTorch peer did not finish within %1 s</source>
        <translation>der PyTorch-Vergleich wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>the PyTorch peer failed (exit %1): %2</source>
        <translation>der PyTorch-Vergleich ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>the PyTorch peer printed nothing: %1</source>
        <translation>der PyTorch-Vergleich hat nichts ausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>Synth</name>
    <message>
        <source>nexvitad-cli: --%1 needs a non-negative whole number, not &apos;%2&apos;</source>
        <translation>nexvitad-cli: --%1 benötigt eine nicht-negative ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Folder to write into (required).</source>
        <translation>Zielordner (erforderlich).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Number of classes, 1 to %1 (default %2).</source>
        <translation>Anzahl der Klassen, 1 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Image side in pixels (default %1).</source>
        <translation>Bildseitenlänge in Pixeln (Standard %1).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Good training images per class (default %1).</source>
        <translation>Gute Trainingsbilder pro Klasse (Standard %1).</translation>
    </message>
    <message>
        <source>Good test images per class (default %1).</source>
        <translation>Gute Testbilder pro Klasse (Standard %1).</translation>
    </message>
    <message>
        <source>Test images per class and defect type (default %1).</source>
        <translation>Testbilder pro Klasse und Defekttyp (Standard %1).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Zufalls-Seed (Standard 0).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Also write a PNG sheet of samples (one row per class, masks outlined in red).</source>
        <translation>Zusätzlich ein PNG-Übersichtsblatt mit Beispielen schreiben (eine Zeile pro Klasse, Masken rot umrandet).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write into a non-empty folder, overwriting files of the same names.</source>
        <translation>In einen nicht leeren Ordner schreiben und gleichnamige Dateien überschreiben.</translation>
    </message>
    <message>
        <source>nexvitad-cli: synth needs --out DIR</source>
        <translation>nexvitad-cli: synth benötigt --out DIR</translation>
    </message>
    <message>
        <source>nexvitad-cli: --seed needs a non-negative whole number, not &apos;%1&apos;</source>
        <translation>nexvitad-cli: --seed benötigt eine nicht-negative ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 already holds this synthetic dataset (%2 images, %3 masks); nothing written.</source>
        <translation>%1 enthält diesen synthetischen Datensatz bereits (%2 Bilder, %3 Masken); nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 images and %2 masks to %3</source>
        <translation>%1 Bilder und %2 Masken nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Klassen: %1</translation>
    </message>
    <message>
        <source>Sample sheet: %1</source>
        <translation>Übersichtsblatt: %1</translation>
    </message>
    <message>
        <source>Writes a synthetic dataset in the MVTec AD layout (textures and objects with scratches, holes, cracks, stains and missing pieces, each with an exact mask). The same options always give the same files. With --project the run is recorded there as a job and the written dataset is registered.</source>
        <translation>Schreibt einen synthetischen Datensatz im MVTec-AD-Layout (Texturen und Objekte mit Kratzern, Löchern, Rissen, Flecken und fehlenden Stücken, jeweils mit exakter Maske). Dieselben Optionen ergeben immer dieselben Dateien. Mit --project wird der Lauf dort als Auftrag erfasst und der geschriebene Datensatz registriert.</translation>
    </message>
</context>
<context>
    <name>Synthetic</name>
    <message>
        <source>the synthetic dataset has 1 to %1 classes, not %2</source>
        <translation>der synthetische Datensatz hat 1 bis %1 Klassen, nicht %2</translation>
    </message>
</context>
<context>
    <name>SyntheticWriter</name>
    <message>
        <source>the image size must be 32 to 1024 pixels, not %1</source>
        <translation>die Bildgröße muss 32 bis 1024 Pixel betragen, nicht %1</translation>
    </message>
    <message>
        <source>image counts must be 0 to 100000</source>
        <translation>Bildanzahlen müssen zwischen 0 und 100000 liegen</translation>
    </message>
    <message>
        <source>the folder is not empty and does not hold this synthetic dataset (first difference: %1); choose an empty folder, or pass --force to write over it</source>
        <translation>der Ordner ist nicht leer und enthält nicht diesen synthetischen Datensatz (erster Unterschied: %1); wählen Sie einen leeren Ordner oder geben Sie --force an, um ihn zu überschreiben</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>Checking the synthetic dataset</source>
        <translation>Synthetischer Datensatz wird geprüft</translation>
    </message>
    <message>
        <source>Generating the synthetic dataset</source>
        <translation>Synthetischer Datensatz wird erzeugt</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The input file has no tensor named &quot;input&quot;.</source>
        <translation>Die Eingabedatei hat keinen Tensor namens &quot;input&quot;.</translation>
    </message>
    <message>
        <source>The tensor &quot;input&quot; must have shape [1, 3, S, S].</source>
        <translation>Der Tensor &quot;input&quot; muss die Form [1, 3, S, S] haben.</translation>
    </message>
    <message>
        <source>The input is %1 px but --size asks for %2.</source>
        <translation>Die Eingabe hat %1 px, --size verlangt aber %2.</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2, not floating-point numbers.</source>
        <translation>Tensor &quot;%1&quot; hat den dtype %2, keine Gleitkommazahlen.</translation>
    </message>
</context>
<context>
    <name>TrainCli</name>
    <message>
        <source>epoch %1/%2 %3  loss %4 (source %5, target ce %6, mse %7)  lr %8  coverage %9  %10 s (features %11 s, cache %12 hits / %13 misses)</source>
        <translation>Epoche %1/%2 %3  Loss %4 (Quelle %5, Ziel-CE %6, MSE %7)  lr %8  Abdeckung %9  %10 s (Merkmale %11 s, Cache %12 Treffer / %13 Fehlgriffe)</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>Datensatzordner.</translation>
    </message>
    <message>
        <source>Source classes, comma-separated.</source>
        <translation>Quellklassen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Target classes, comma-separated.</source>
        <translation>Zielklassen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Run folder to write.</source>
        <translation>Zu schreibender Laufordner.</translation>
    </message>
    <message>
        <source>Continue the run in --out from its last checkpoint.</source>
        <translation>Den Lauf in --out ab seinem letzten Checkpoint fortsetzen.</translation>
    </message>
    <message>
        <source>Replace an earlier run in --out.</source>
        <translation>Einen früheren Lauf in --out ersetzen.</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>the dataset holds no usable image</source>
        <translation>der Datensatz enthält kein verwendbares Bild</translation>
    </message>
    <message>
        <source>Backbones: %1 + %2 on %3</source>
        <translation>Backbones: %1 + %2 auf %3</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>Warnung: untrainiertes Backbone (Zufallsgewichte); die Ergebnisse dienen nur der Demonstration.</translation>
    </message>
    <message>
        <source>Done: %1 epochs; checkpoint %2</source>
        <translation>Fertig: %1 Epochen; Checkpoint %2</translation>
    </message>
    <message>
        <source>Stopped before the first checkpoint.</source>
        <translation>Vor dem ersten Checkpoint angehalten.</translation>
    </message>
    <message>
        <source>Stopped; the last checkpoint is %1. Continue with the same command and --resume.</source>
        <translation>Angehalten; der letzte Checkpoint ist %1. Setzen Sie mit demselben Befehl und --resume fort.</translation>
    </message>
    <message>
        <source>Trains NexViTAD&apos;s adapters, projections and decoder heads on source classes (with masks) and target classes (unlabelled) into a run folder. Ctrl-C stops cleanly; --resume continues from the last checkpoint. With --project the run is recorded in the project: a job, the training run with every epoch&apos;s metrics and, when it finishes, the final checkpoint as a registered model.</source>
        <translation>Trainiert die Adapter, Projektionen und Decoder-Köpfe von NexViTAD auf Quellklassen (mit Masken) und Zielklassen (ohne Labels) in einen Laufordner. Strg-C beendet sauber; --resume setzt am letzten Checkpoint fort. Mit --project wird der Lauf im Projekt erfasst: ein Auftrag, der Trainingslauf mit den Metriken jeder Epoche und nach Abschluss der letzte Checkpoint als registriertes Modell.</translation>
    </message>
    <message>
        <source>Recorded in the project %1: training run %2, model %3</source>
        <translation>Im Projekt %1 erfasst: Trainingslauf %2, Modell %3</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>the checkpoint&apos;s configuration is unreadable</source>
        <translation>die Konfiguration des Checkpoints ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot resume: the checkpoint was made with another configuration (&quot;%1&quot; is %2 there, %3 now)</source>
        <translation>Fortsetzen nicht möglich: der Checkpoint wurde mit einer anderen Konfiguration erstellt (&quot;%1&quot; ist dort %2, jetzt %3)</translation>
    </message>
    <message>
        <source>cannot resume: the checkpoint was made with other source/target classes</source>
        <translation>Fortsetzen nicht möglich: der Checkpoint wurde mit anderen Quell-/Zielklassen erstellt</translation>
    </message>
    <message>
        <source>no backbones to train on</source>
        <translation>keine Backbones zum Trainieren</translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation>Bilder werden geladen</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown training setting &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Trainingseinstellung &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>not a NexViTAD training configuration (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>keine NexViTAD-Trainingskonfiguration (&quot;format&quot; muss &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>unsupported training configuration version %1 (expected %2)</source>
        <translation>nicht unterstützte Version %1 der Trainingskonfiguration (erwartet %2)</translation>
    </message>
    <message>
        <source>training setting &quot;%1&quot; has a value of the wrong type</source>
        <translation>die Trainingseinstellung &quot;%1&quot; hat einen Wert des falschen Typs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form key=value</source>
        <translation>&quot;%1&quot; hat nicht die Form key=value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for training setting &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ist kein gültiger Wert für die Trainingseinstellung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Preset &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>cannot read the training configuration: %1</source>
        <translation>die Trainingskonfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the training configuration is not a JSON object (%1 at byte %2)</source>
        <translation>die Trainingskonfiguration ist kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>training setting &quot;%1&quot;: %2</source>
        <translation>Trainingseinstellung &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>must be a probability between 0 and 1</source>
        <translation>muss eine Wahrscheinlichkeit zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>must be a non-empty list of positive integers</source>
        <translation>muss eine nicht leere Liste positiver ganzer Zahlen sein</translation>
    </message>
    <message>
        <source>must be a list of %1 positive integers</source>
        <translation>muss eine Liste von %1 positiven ganzen Zahlen sein</translation>
    </message>
    <message>
        <source>must name a Hiera variant</source>
        <translation>muss eine Hiera-Variante benennen</translation>
    </message>
    <message>
        <source>must name a DINOv2 variant</source>
        <translation>muss eine DINOv2-Variante benennen</translation>
    </message>
    <message>
        <source>must be a multiple of 32 between 32 and 2048</source>
        <translation>muss ein Vielfaches von 32 zwischen 32 und 2048 sein</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>must be in [0, 1)</source>
        <translation>muss in [0, 1) liegen</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>must be in [0.5, 1)</source>
        <translation>muss in [0.5, 1) liegen</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>must be in [1, 4]</source>
        <translation>muss in [1, 4] liegen</translation>
    </message>
    <message>
        <source>must be between 1 and 64</source>
        <translation>muss zwischen 1 und 64 liegen</translation>
    </message>
</context>
<context>
    <name>TrainingOptions</name>
    <message>
        <source>cpu or paper (default: cpu).</source>
        <translation>cpu oder paper (Standard: cpu).</translation>
    </message>
    <message>
        <source>Number of epochs.</source>
        <translation>Anzahl der Epochen.</translation>
    </message>
    <message>
        <source>Override a training setting (repeatable), e.g. --set lambda2=0.5 or --set mtl=false.</source>
        <translation>Eine Trainingseinstellung überschreiben (wiederholbar), z. B. --set lambda2=0.5 oder --set mtl=false.</translation>
    </message>
</context>
<context>
    <name>TrainingSet</name>
    <message>
        <source>the target pool folder does not exist</source>
        <translation>der Ordner des Ziel-Pools existiert nicht</translation>
    </message>
    <message>
        <source>a target pool folder serves exactly one target class, not %1</source>
        <translation>ein Ziel-Pool-Ordner dient genau einer Zielklasse, nicht %1</translation>
    </message>
    <message>
        <source>target class &quot;%1&quot; has no training images (train/good or the target pool)</source>
        <translation>die Zielklasse &quot;%1&quot; hat keine Trainingsbilder (train/good oder der Ziel-Pool)</translation>
    </message>
</context>
<context>
    <name>WatchCli</name>
    <message>
        <source>Memory bank file.</source>
        <translation>Memory-Bank-Datei.</translation>
    </message>
    <message>
        <source>The folder to watch.</source>
        <translation>Der zu überwachende Ordner.</translation>
    </message>
    <message>
        <source>Output folder: maps, overlays and line.csv (needed unless --project is given).</source>
        <translation>Ausgabeordner: Karten, Überlagerungen und line.csv (erforderlich, sofern --project nicht angegeben ist).</translation>
    </message>
    <message>
        <source>CSV file (default: OUT/line.csv).</source>
        <translation>CSV-Datei (Standard: OUT/line.csv).</translation>
    </message>
    <message>
        <source>Move each inspected image into this folder (unreadable ones into its &quot;unreadable&quot; subfolder); default: leave images where they are.</source>
        <translation>Jedes geprüfte Bild in diesen Ordner verschieben (nicht lesbare in seinen Unterordner &quot;unreadable&quot;); Standard: Bilder dort belassen, wo sie sind.</translation>
    </message>
    <message>
        <source>Colour overlays for all, flagged (default: not passed) or none of the images.</source>
        <translation>Farbüberlagerungen für alle, markierte (Standard: nicht bestandene) oder keine Bilder.</translation>
    </message>
    <message>
        <source>Milliseconds a file&apos;s size and time must stay the same before it counts as written (default 500).</source>
        <translation>Millisekunden, die Größe und Zeitstempel einer Datei unverändert bleiben müssen, bevor sie als geschrieben gilt (Standard 500).</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the folder (default 100).</source>
        <translation>Millisekunden zwischen zwei Abfragen des Ordners (Standard 100).</translation>
    </message>
    <message>
        <source>At most this many waiting images inspected together (default 8).</source>
        <translation>Höchstens so viele wartende Bilder werden zusammen geprüft (Standard 8).</translation>
    </message>
    <message>
        <source>Stop after this many images (scripts, tests).</source>
        <translation>Nach so vielen Bildern anhalten (Skripte, Tests).</translation>
    </message>
    <message>
        <source>Stop when no image has arrived for this many seconds (scripts, tests).</source>
        <translation>Anhalten, wenn so viele Sekunden lang kein Bild eingetroffen ist (Skripte, Tests).</translation>
    </message>
    <message>
        <source>Drift monitor: the last N passing images (default %1).</source>
        <translation>Drift-Überwachung: die letzten N bestandenen Bilder (Standard %1).</translation>
    </message>
    <message>
        <source>Drift monitor: warn when the passing images&apos; median or upper quantile moves more than this many standard errors from the reference (default %1; docs/line.md).</source>
        <translation>Drift-Überwachung: warnen, wenn sich der Median oder das obere Quantil der bestandenen Bilder um mehr als so viele Standardfehler von der Referenz entfernt (Standard %1; docs/line.md).</translation>
    </message>
    <message>
        <source>No line per image, only notices and the summary.</source>
        <translation>Keine Zeile pro Bild, nur Hinweise und die Zusammenfassung.</translation>
    </message>
    <message>
        <source>--drift-bound must be a positive number, not &quot;%1&quot;.</source>
        <translation>--drift-bound muss eine positive Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1  %2  UNREADABLE  %3</source>
        <translation>%1  %2  NICHT LESBAR  %3</translation>
    </message>
    <message>
        <source>NO VERDICT</source>
        <translation>KEIN URTEIL</translation>
    </message>
    <message>
        <source>%1  %2  score %3  %4  (%5 images/s)</source>
        <translation>%1  %2  Score %3  %4  (%5 Bilder/s)</translation>
    </message>
    <message>
        <source>Watched: %1 inspected (%2 pass, %3 review, %4 fail, %5 without verdict), %6 unreadable; %7 done before this run.</source>
        <translation>Überwacht: %1 geprüft (%2 bestanden, %3 zu prüfen, %4 abgelehnt, %5 ohne Urteil), %6 nicht lesbar; %7 vor diesem Lauf erledigt.</translation>
    </message>
    <message>
        <source>Hot-folder inspection: judges every image that appears in --in as soon as it is completely written, with a memory bank. Per image: the raw map, an overlay (per --overlays), a CSV line and, with --project, the inspection in the project. The files it has dealt with are remembered (in the project, else in the CSV), so a restart inspects each image once. Runs until Ctrl-C or SIGTERM.</source>
        <translation>Hotfolder-Prüfung: beurteilt mit einer Memory Bank jedes Bild, das in --in erscheint, sobald es vollständig geschrieben ist. Pro Bild: die Rohkarte, eine Überlagerung (gemäß --overlays), eine CSV-Zeile und mit --project die Prüfung im Projekt. Die bereits behandelten Dateien werden gespeichert (im Projekt, sonst in der CSV), sodass ein Neustart jedes Bild nur einmal prüft. Läuft bis Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>Warnung: untrainiertes Backbone (Zufallsgewichte); die Ergebnisse dienen nur der Demonstration.</translation>
    </message>
    <message>
        <source>Warning: the bank has no image threshold, so no image gets a verdict (run eval --save-thresholds).</source>
        <translation>Warnung: die Bank hat keine Bildschwelle, daher erhält kein Bild ein Urteil (führen Sie eval --save-thresholds aus).</translation>
    </message>
    <message>
        <source>Note: flagged images get no explanation: %1</source>
        <translation>Hinweis: markierte Bilder erhalten keine Erklärung: %1</translation>
    </message>
    <message>
        <source>Watching %1 (%2 images already done). Ctrl-C stops.</source>
        <translation>Überwache %1 (%2 Bilder bereits erledigt). Strg+C hält an.</translation>
    </message>
    <message>
        <source>DRIFT WARNING raised. %1</source>
        <translation>DRIFT-WARNUNG ausgelöst. %1</translation>
    </message>
    <message>
        <source>Drift warning cleared. %1</source>
        <translation>Drift-Warnung aufgehoben. %1</translation>
    </message>
    <message>
        <source>Recorded in the project %1: inspection batch %2</source>
        <translation>Im Projekt %1 erfasst: Prüfstapel %2</translation>
    </message>
    <message>
        <source>stopped by a signal after %1 images</source>
        <translation>durch ein Signal nach %1 Bildern angehalten</translation>
    </message>
</context>
<context>
    <name>WeightsCli</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Lists the known backbone models and whether their weights are present (the file exists and is a valid checkpoint of the model&apos;s architecture).</source>
        <translation>Listet die bekannten Backbone-Modelle auf und ob ihre Gewichte vorhanden sind (die Datei existiert und ist ein gültiger Checkpoint der Architektur des Modells).</translation>
    </message>
    <message>
        <source>Models folder: %1</source>
        <translation>Modellordner: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 downloaded; &apos;weights download %2&apos; resumes.</source>
        <translation>%1 heruntergeladen; &apos;weights download %2&apos; setzt fort.</translation>
    </message>
    <message>
        <source>A name from &apos;weights list&apos;.</source>
        <translation>Ein Name aus &apos;weights list&apos;.</translation>
    </message>
    <message>
        <source>Download from a mirror with the Hugging Face layout: URL/&lt;name&gt;/resolve/main/model.safetensors (default: the environment variable NEXVITAD_WEIGHTS_BASE_URL, else huggingface.co).</source>
        <translation>Von einem Mirror mit Hugging-Face-Struktur herunterladen: URL/&lt;name&gt;/resolve/main/model.safetensors (Standard: die Umgebungsvariable NEXVITAD_WEIGHTS_BASE_URL, sonst huggingface.co).</translation>
    </message>
    <message>
        <source>nexvitad-cli weights download: give exactly one model name.</source>
        <translation>nexvitad-cli weights download: geben Sie genau einen Modellnamen an.</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;. Run &apos;nexvitad-cli weights list&apos; for the known names.</source>
        <translation>Unbekanntes Modell &quot;%1&quot;. Führen Sie &apos;nexvitad-cli weights list&apos; aus, um die bekannten Namen zu sehen.</translation>
    </message>
    <message>
        <source>Downloading %1 from %2</source>
        <translation>%1 wird von %2 heruntergeladen</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume.</source>
        <translation>Der unvollständige Download bleibt in %1 erhalten; führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>Bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>Resumed after %1.</source>
        <translation>Nach %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Installed %1 (%2 bytes)</source>
        <translation>%1 installiert (%2 Bytes)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>The .safetensors file.</source>
        <translation>Die .safetensors-Datei.</translation>
    </message>
    <message>
        <source>The model the file holds (default: recognised from its keys and shapes).</source>
        <translation>Das Modell, das die Datei enthält (Standard: anhand ihrer Schlüssel und Formen erkannt).</translation>
    </message>
    <message>
        <source>nexvitad-cli weights import: give exactly one file.</source>
        <translation>nexvitad-cli weights import: geben Sie genau eine Datei an.</translation>
    </message>
    <message>
        <source>Imported as %1: %2 (%3 bytes)</source>
        <translation>Als %1 importiert: %2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli weights &lt;list|download|import&gt; [options]</source>
        <translation>Aufruf: nexvitad-cli weights &lt;list|download|import&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Known models and which are present</source>
        <translation>Bekannte Modelle und welche vorhanden sind</translation>
    </message>
    <message>
        <source>Download, verify and install</source>
        <translation>Herunterladen, prüfen und installieren</translation>
    </message>
    <message>
        <source>Validate and copy a local file</source>
        <translation>Eine lokale Datei prüfen und kopieren</translation>
    </message>
    <message>
        <source>Run &apos;nexvitad-cli weights &lt;action&gt; --help&apos; for details.</source>
        <translation>Führen Sie &apos;nexvitad-cli weights &lt;action&gt; --help&apos; aus, um Details zu sehen.</translation>
    </message>
    <message>
        <source>nexvitad-cli weights: unknown action &apos;%1&apos;.</source>
        <translation>nexvitad-cli weights: unbekannte Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Downloads a known model&apos;s weights into the models folder (resuming an interrupted download), verifies them and installs them. Ctrl-C stops and keeps the partial file for the next attempt. With --project the run is recorded there as a job, and an installed file in the audit log.</source>
        <translation>Lädt die Gewichte eines bekannten Modells in den Modellordner herunter (ein unterbrochener Download wird fortgesetzt), prüft und installiert sie. Strg-C hält an und behält die unvollständige Datei für den nächsten Versuch. Mit --project wird der Lauf dort als Auftrag erfasst und eine installierte Datei im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Copies a local safetensors checkpoint into the models folder after checking that it is a valid checkpoint of a known model&apos;s architecture. The file itself is only read. With --project the run is recorded there as a job, and the installed file in the audit log.</source>
        <translation>Kopiert einen lokalen safetensors-Checkpoint in den Modellordner, nachdem geprüft wurde, dass er ein gültiger Checkpoint der Architektur eines bekannten Modells ist. Die Datei selbst wird nur gelesen. Mit --project wird der Lauf dort als Auftrag erfasst und die installierte Datei im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>download and import take --project DIR to record the run in a project.</source>
        <translation>download und import nehmen --project ORDNER, um den Lauf in einem Projekt zu erfassen.</translation>
    </message>
    <message>
        <source>No SHA-256 or exact size is recorded yet for %1 of these %2 models (%3): a download of them is checked only against the hash the server declares (&apos;weights download&apos; prints the installed file&apos;s size and SHA-256). docs/weights.md says how to record them.</source>
        <translation>Für %1 dieser %2 Modelle ist noch kein SHA-256-Wert und keine genaue Größe hinterlegt (%3): Ein Download wird dann nur gegen den vom Server angegebenen Hash geprüft (&apos;weights download&apos; gibt Größe und SHA-256 der installierten Datei aus). docs/weights.md beschreibt, wie man sie hinterlegt.</translation>
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
    <message>
        <source>Write the synthetic demo dataset (MVTec layout, with masks)</source>
        <translation>Den synthetischen Demo-Datensatz schreiben (MVTec-Layout, mit Masken)</translation>
    </message>
    <message>
        <source>Datasets: inspect DIR (classes, counts, problems)</source>
        <translation>Datensätze: inspect DIR (Klassen, Anzahlen, Probleme)</translation>
    </message>
    <message>
        <source>Project folders: init, info, check, export, import</source>
        <translation>Projektordner: init, info, check, export, import</translation>
    </message>
    <message>
        <source>Backbone weights: list, download NAME, import FILE</source>
        <translation>Backbone-Gewichte: list, download NAME, import FILE</translation>
    </message>
    <message>
        <source>Run Hiera and DINOv2 on one input and write their features (compare with timm)</source>
        <translation>Hiera und DINOv2 auf einer Eingabe ausführen und ihre Merkmale schreiben (Vergleich mit timm)</translation>
    </message>
    <message>
        <source>Speed measurements: bench backbone</source>
        <translation>Geschwindigkeitsmessungen: bench backbone</translation>
    </message>
    <message>
        <source>Train adapters, projections and heads into a run folder</source>
        <translation>Adapter, Projektionen und Köpfe in einen Laufordner trainieren</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Record this run in the project in &lt;folder&gt;.</source>
        <translation>Diesen Lauf im Projekt in &lt;folder&gt; erfassen.</translation>
    </message>
    <message>
        <source>Write the PDF report of an inspection batch or an evaluation</source>
        <translation>PDF-Bericht eines Prüfstapels oder einer Evaluierung schreiben</translation>
    </message>
    <message>
        <source>Build or edit a memory bank from good images of a target class</source>
        <translation>Eine Memory Bank aus Gutbildern einer Zielklasse erstellen oder bearbeiten</translation>
    </message>
    <message>
        <source>Anomaly maps, scores and verdicts for images</source>
        <translation>Anomaliekarten, Scores und Urteile für Bilder</translation>
    </message>
    <message>
        <source>Metrics of a memory bank on a class&apos;s test images</source>
        <translation>Metriken einer Memory Bank auf den Testbildern einer Klasse</translation>
    </message>
    <message>
        <source>Cannot record this run in the project %1, so nothing was done: %2</source>
        <translation>Dieser Lauf kann nicht im Projekt %1 erfasst werden, daher wurde nichts getan: %2</translation>
    </message>
    <message>
        <source>another program is writing to the project and did not finish in time; try again when it is done.</source>
        <translation>ein anderes Programm schreibt in das Projekt und wurde nicht rechtzeitig fertig; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Registered the dataset in the project %1 as dataset %2.</source>
        <translation>Den Datensatz im Projekt %1 als Datensatz %2 registriert.</translation>
    </message>
    <message>
        <source>The project %1 already holds this dataset (dataset %2).</source>
        <translation>Das Projekt %1 enthält diesen Datensatz bereits (Datensatz %2).</translation>
    </message>
    <message>
        <source>The paper&apos;s protocol: repeated random splits, training, banks, mean / std / best per split</source>
        <translation>Das Protokoll des Papers: wiederholte Zufallssplits, Training, Banks, Mittelwert / Std.-Abw. / Bestwert je Split</translation>
    </message>
    <message>
        <source>nexvitad-cli %1: --%2 is required.</source>
        <translation>nexvitad-cli %1: --%2 ist erforderlich.</translation>
    </message>
    <message>
        <source>Explanation by retrieval: the nearest normal patches of the bank for a pixel or region of an image</source>
        <translation>Erklärung durch Abruf: die nächsten normalen Patches der Bank für ein Pixel oder eine Region eines Bildes</translation>
    </message>
    <message>
        <source>Hot-folder inspection: judge every image dropped into a folder as soon as it is written</source>
        <translation>Hotfolder-Prüfung: jedes in einen Ordner abgelegte Bild beurteilen, sobald es geschrieben ist</translation>
    </message>
    <message>
        <source>One task of a protocol plan (a Slurm array task runs it; docs/cluster.md)</source>
        <translation>Ein Task eines Protokollplans (ein Slurm-Array-Task führt ihn aus; docs/cluster.md)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen aller Befehle:</translation>
    </message>
    <message>
        <source>Number format of the backbones&apos; and the training step&apos;s products (default: the setting, fp32). bf16 needs a CPU with AVX512_BF16 or a CUDA device.</source>
        <translation>Zahlenformat der Produkte der Backbones und des Trainingsschritts (Standard: die Einstellung, fp32). bf16 braucht eine CPU mit AVX512_BF16 oder ein CUDA-Gerät.</translation>
    </message>
    <message>
        <source>%1: --precision must be fp32 or bf16, not &apos;%2&apos;.</source>
        <translation>%1: --precision muss fp32 oder bf16 sein, nicht &apos;%2&apos;.</translation>
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
    <name>nexvitad::PrecisionText</name>
    <message>
        <source>This CPU has no bfloat16 instructions (AVX512_BF16); use fp32.</source>
        <translation>Diese CPU hat keine bfloat16-Befehle (AVX512_BF16); fp32 verwenden.</translation>
    </message>
    <message>
        <source>This LibTorch was built without oneDNN, which runs bfloat16 products on the CPU; use fp32.</source>
        <translation>Dieses LibTorch wurde ohne oneDNN gebaut, das bfloat16-Produkte auf der CPU ausführt; fp32 verwenden.</translation>
    </message>
    <message>
        <source>bf16 was asked for, but it cannot run here. %1</source>
        <translation>bf16 wurde verlangt, kann hier aber nicht laufen. %1</translation>
    </message>
    <message>
        <source>bf16 was asked for on the CPU, but it cannot run there. %1</source>
        <translation>bf16 wurde auf der CPU verlangt, kann dort aber nicht laufen. %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Bench</name>
    <message>
        <source>Nothing to benchmark: give a Hiera or a DINOv2 variant.</source>
        <translation>Nichts zu messen: geben Sie eine Hiera- oder eine DINOv2-Variante an.</translation>
    </message>
    <message>
        <source>The image size must be a positive multiple of 32, not %1.</source>
        <translation>Die Bildgröße muss ein positives Vielfaches von 32 sein, nicht %1.</translation>
    </message>
    <message>
        <source>Batch sizes and the number of runs must be positive.</source>
        <translation>Batchgrößen und die Anzahl der Läufe müssen positiv sein.</translation>
    </message>
    <message>
        <source>Running the backbones</source>
        <translation>Backbones werden ausgeführt</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::DinoV2</name>
    <message>
        <source>DINOv2 needs images [N, 3, H, W] with H and W multiples of %1.</source>
        <translation>DINOv2 benötigt Bilder [N, 3, H, W] mit H und W als Vielfachen von %1.</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Features</name>
    <message>
        <source>Give exactly one of an input tensor file and an image.</source>
        <translation>Geben Sie genau eines an: eine Eingabetensor-Datei oder ein Bild.</translation>
    </message>
    <message>
        <source>Loading the backbones</source>
        <translation>Backbones werden geladen</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>Merkmale werden berechnet</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Hiera</name>
    <message>
        <source>Hiera needs images [N, 3, H, W] with H and W multiples of %1.</source>
        <translation>Hiera benötigt Bilder [N, 3, H, W] mit H und W als Vielfachen von %1.</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Loader</name>
    <message>
        <source>Internal error: the %1 module does not have the parameters its checkpoints have.</source>
        <translation>Interner Fehler: das Modul %1 hat nicht die Parameter, die seine Checkpoints haben.</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Variants</name>
    <message>
        <source>Unknown %1 variant &quot;%2&quot;. Known: %3.</source>
        <translation>Unbekannte %1-Variante &quot;%2&quot;. Bekannt: %3.</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Weights</name>
    <message>
        <source>The server resumed at the wrong place (Content-Range: %1).</source>
        <translation>Der Server hat an der falschen Stelle fortgesetzt (Content-Range: %1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Der Server antwortete mit HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The server redirected without a valid Location.</source>
        <translation>Der Server hat ohne gültige Location umgeleitet.</translation>
    </message>
    <message>
        <source>Refusing a redirect from https to %1.</source>
        <translation>Umleitung von https nach %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Zu viele Umleitungen.</translation>
    </message>
    <message>
        <source>Size mismatch: the server offers %1 bytes, but %2 is recorded as %3 bytes. Nothing was kept.</source>
        <translation>Größenabweichung: der Server bietet %1 Bytes an, %2 ist aber mit %3 Bytes verzeichnet. Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: %2 bytes needed, %3 free.</source>
        <translation>Nicht genug Speicherplatz in %1: %2 Bytes benötigt, %3 frei.</translation>
    </message>
    <message>
        <source>The disk is full (%1). The partial download is kept in %2; free some space and run the download again to resume.</source>
        <translation>Der Datenträger ist voll (%1). Der unvollständige Download bleibt in %2 erhalten; schaffen Sie Platz und starten Sie den Download erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <source>The download failed: %1. %2 bytes are kept in %3; run the download again to resume.</source>
        <translation>Der Download ist fehlgeschlagen: %1. %2 Bytes bleiben in %3 erhalten; starten Sie den Download erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>seit %1 s sind keine Daten angekommen</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes. The partial download is kept in %3; run the download again to resume.</source>
        <translation>Die Verbindung wurde nach %1 von %2 Bytes geschlossen. Der unvollständige Download bleibt in %3 erhalten; starten Sie den Download erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Not a usable http(s) URL: %1</source>
        <translation>Keine verwendbare http(s)-URL: %1</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes, but %2 announced %3 bytes. The partial file was deleted; try again.</source>
        <translation>Größenabweichung: %1 Bytes empfangen, %2 hat aber %3 Bytes angekündigt. Die unvollständige Datei wurde gelöscht; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the models folder.</source>
        <translation>Der Modellordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another download of %1 is running.</source>
        <translation>Ein anderer Download von %1 läuft bereits.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>the hub (X-Linked-Size)</source>
        <translation>der Hub (X-Linked-Size)</translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation>Der Datenträger ist voll: %1</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>The file&apos;s keys and shapes match none of the known models; name the model it holds.</source>
        <translation>Die Schlüssel und Formen der Datei passen zu keinem der bekannten Modelle; geben Sie das enthaltene Modell an.</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;. Known models are listed by &apos;nexvitad-cli weights list&apos;.</source>
        <translation>Unbekanntes Modell &quot;%1&quot;. Die bekannten Modelle listet &apos;nexvitad-cli weights list&apos; auf.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <source>Size mismatch: got %1 bytes, but %2 is recorded as %3 bytes.</source>
        <translation>Größenabweichung: %1 Bytes erhalten, %2 ist aber mit %3 Bytes verzeichnet.</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, but %2 is recorded as %3.</source>
        <translation>SHA-256-Abweichung: %1 erhalten, %2 ist aber mit %3 verzeichnet.</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, but the server declared %2.</source>
        <translation>SHA-256-Abweichung: %1 erhalten, der Server hat aber %2 angegeben.</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Cannot move the file into place: %1</source>
        <translation>Die Datei kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::WeightsCheck</name>
    <message>
        <source> ... and %1 more</source>
        <translation> ... und %1 weitere</translation>
    </message>
    <message>
        <source>Unknown backbone variant &quot;%1&quot;. Known: %2.</source>
        <translation>Unbekannte Backbone-Variante &quot;%1&quot;. Bekannt: %2.</translation>
    </message>
    <message>
        <source>%1: file %2, expected %3</source>
        <translation>%1: Datei %2, erwartet %3</translation>
    </message>
    <message>
        <source>missing keys: %1</source>
        <translation>fehlende Schlüssel: %1</translation>
    </message>
    <message>
        <source>unexpected keys: %1</source>
        <translation>unerwartete Schlüssel: %1</translation>
    </message>
    <message>
        <source>shape mismatches: %1</source>
        <translation>abweichende Formen: %1</translation>
    </message>
    <message>
        <source>These weights do not fit %1: %2.</source>
        <translation>Diese Gewichte passen nicht zu %1: %2.</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::WeightsSpec</name>
    <message>
        <source>Malformed weights &quot;%1&quot;: write random:&lt;variant&gt; or random:&lt;variant&gt;:&lt;seed&gt;.</source>
        <translation>Fehlerhafte Gewichtsangabe &quot;%1&quot;: schreiben Sie random:&lt;variant&gt; oder random:&lt;variant&gt;:&lt;seed&gt;.</translation>
    </message>
    <message>
        <source>Malformed weights &quot;%1&quot;: the seed must be a non-negative integer.</source>
        <translation>Fehlerhafte Gewichtsangabe &quot;%1&quot;: der Seed muss eine nicht-negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Not a %1 checkpoint of any known variant. The closest is %2: %3</source>
        <translation>Kein %1-Checkpoint einer bekannten Variante. Am nächsten liegt %2: %3</translation>
    </message>
    <message>
        <source>No %1 weights given.</source>
        <translation>Keine %1-Gewichte angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a %2 model.</source>
        <translation>%1 ist kein %2-Modell.</translation>
    </message>
    <message>
        <source>The weights %1 are not downloaded yet. Run: nexvitad-cli weights download %1</source>
        <translation>Die Gewichte %1 sind noch nicht heruntergeladen. Führen Sie aus: nexvitad-cli weights download %1</translation>
    </message>
    <message>
        <source>The weights file does not exist.</source>
        <translation>Die Gewichtsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known model, a .safetensors file nor random:&lt;variant&gt;. Known variants: %2.</source>
        <translation>&quot;%1&quot; ist weder ein bekanntes Modell noch eine .safetensors-Datei noch random:&lt;variant&gt;. Bekannte Varianten: %2.</translation>
    </message>
</context>
<context>
    <name>nexvitad::data::ImageFiles</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>the folder holds no image</source>
        <translation>der Ordner enthält kein Bild</translation>
    </message>
</context>
<context>
    <name>nexvitad::eval::PixelMetricsAccumulator</name>
    <message>
        <source>An anomaly map must be one float channel and its mask one 8-bit channel.</source>
        <translation>Eine Anomaliekarte muss ein Float-Kanal sein und ihre Maske ein 8-Bit-Kanal.</translation>
    </message>
    <message>
        <source>The anomaly map (%1 x %2) and the mask (%3 x %4) differ in size.</source>
        <translation>Die Anomaliekarte (%1 x %2) und die Maske (%3 x %4) sind unterschiedlich groß.</translation>
    </message>
</context>
<context>
    <name>nexvitad::eval::RankingAccumulator</name>
    <message>
        <source>A score is not a finite number (NaN or infinity); the anomaly map is broken.</source>
        <translation>Ein Score ist keine endliche Zahl (NaN oder unendlich); die Anomaliekarte ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::BankBuilder</name>
    <message>
        <source>A memory bank needs at least one good image.</source>
        <translation>Eine Memory Bank braucht mindestens ein Gutbild.</translation>
    </message>
    <message>
        <source>A memory bank needs at least one encoder layer.</source>
        <translation>Eine Memory Bank braucht mindestens eine Encoder-Schicht.</translation>
    </message>
    <message>
        <source>Encoder layer %1 does not exist (layers are 1 to 4).</source>
        <translation>Die Encoder-Schicht %1 existiert nicht (Schichten sind 1 bis 4).</translation>
    </message>
    <message>
        <source>Loading the encoder</source>
        <translation>Encoder wird geladen</translation>
    </message>
    <message>
        <source>Encoding good images</source>
        <translation>Gutbilder werden kodiert</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>The new images give features of another shape than the memory bank holds.</source>
        <translation>Die neuen Bilder liefern Merkmale einer anderen Form als die der Memory Bank.</translation>
    </message>
    <message>
        <source>The dataset has no class &quot;%1&quot; (classes: %2).</source>
        <translation>Der Datensatz hat keine Klasse &quot;%1&quot; (Klassen: %2).</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no train/good images.</source>
        <translation>Die Klasse &quot;%1&quot; hat keine Bilder in train/good.</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::BankEncoder</name>
    <message>
        <source>the memory bank lacks the encoder weight &quot;%1&quot;</source>
        <translation>der Memory Bank fehlt das Encoder-Gewicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the memory bank&apos;s encoder weight &quot;%1&quot; has the wrong shape</source>
        <translation>das Encoder-Gewicht &quot;%1&quot; der Memory Bank hat die falsche Form</translation>
    </message>
    <message>
        <source>the run was not trained for the target class &quot;%1&quot; (its targets: %2)</source>
        <translation>der Lauf wurde nicht für die Zielklasse &quot;%1&quot; trainiert (seine Zielklassen: %2)</translation>
    </message>
    <message>
        <source>the memory bank does not say which encoder built it</source>
        <translation>die Memory Bank gibt nicht an, mit welchem Encoder sie erstellt wurde</translation>
    </message>
    <message>
        <source>the backbone weights differ from those the memory bank was built with (%1; found %2)</source>
        <translation>die Backbone-Gewichte unterscheiden sich von denen, mit denen die Memory Bank erstellt wurde (%1; gefunden: %2)</translation>
    </message>
    <message>
        <source>inference = decoder needs a trained target head: build the memory bank from a training run</source>
        <translation>inference = decoder braucht einen trainierten Ziel-Kopf: erstellen Sie die Memory Bank aus einem Trainingslauf</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::BankEvaluation</name>
    <message>
        <source>The dataset has no class &quot;%1&quot; (classes: %2).</source>
        <translation>Der Datensatz hat keine Klasse &quot;%1&quot; (Klassen: %2).</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no test images.</source>
        <translation>Die Klasse &quot;%1&quot; hat keine Testbilder.</translation>
    </message>
    <message>
        <source>This test image is also in the memory bank; evaluate on images the bank has not seen.</source>
        <translation>Dieses Testbild ist auch in der Memory Bank enthalten; evaluieren Sie auf Bildern, die die Bank nicht kennt.</translation>
    </message>
    <message>
        <source>Computing metrics</source>
        <translation>Metriken werden berechnet</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::Explanation</name>
    <message>
        <source>The field &quot;%1&quot; does not hold %2 numbers.</source>
        <translation>Das Feld &quot;%1&quot; enthält nicht %2 Zahlen.</translation>
    </message>
    <message>
        <source>An explanation needs the features and distances of all %1 bank layers.</source>
        <translation>Eine Erklärung benötigt die Merkmale und Abstände aller %1 Schichten der Bank.</translation>
    </message>
    <message>
        <source>The memory bank has no images.</source>
        <translation>Die Memory Bank enthält keine Bilder.</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::GoodScoreReference</name>
    <message>
        <source>A good-score reference needs at least one good image&apos;s score.</source>
        <translation>Eine Gut-Score-Referenz benötigt den Score mindestens eines Gutbilds.</translation>
    </message>
    <message>
        <source>The good-score reference holds a value that is not a number.</source>
        <translation>Die Gut-Score-Referenz enthält einen Wert, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>The good-score reference must hold 1 to %1 ascending scores and a count of at least as many images.</source>
        <translation>Die Gut-Score-Referenz muss 1 bis %1 aufsteigende Scores und eine Anzahl von mindestens ebenso vielen Bildern enthalten.</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::InspectionFiles</name>
    <message>
        <source>cannot encode the overlay image</source>
        <translation>das Overlay-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::Inspector</name>
    <message>
        <source>Unknown inference mode &quot;%1&quot; (memory_bank or decoder).</source>
        <translation>Unbekannter Inferenzmodus &quot;%1&quot; (memory_bank oder decoder).</translation>
    </message>
    <message>
        <source>inference = decoder needs a memory bank built from a training run (it holds the target head).</source>
        <translation>inference = decoder braucht eine aus einem Trainingslauf erstellte Memory Bank (sie enthält den Ziel-Kopf).</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::JsonFields</name>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>Das Feld &quot;%1&quot; fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>Das Feld &quot;%1&quot; ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::MemoryBank</name>
    <message>
        <source>A memory bank needs at least one encoder layer.</source>
        <translation>Eine Memory Bank braucht mindestens eine Encoder-Schicht.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; has no hash.</source>
        <translation>Das Bild &quot;%1&quot; hat keinen Hash.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is already in the memory bank.</source>
        <translation>Das Bild &quot;%1&quot; ist bereits in der Memory Bank.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; has features of %2 layers; the bank has %3.</source>
        <translation>Das Bild &quot;%1&quot; hat Merkmale aus %2 Schichten; die Bank hat %3.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; has %2 x %3 features at layer %4; the bank expects %5 x %6 (another encoder or image size?).</source>
        <translation>Das Bild &quot;%1&quot; hat %2 x %3 Merkmale in Schicht %4; die Bank erwartet %5 x %6 (anderer Encoder oder andere Bildgröße?).</translation>
    </message>
    <message>
        <source>The memory bank has no images.</source>
        <translation>Die Memory Bank enthält keine Bilder.</translation>
    </message>
    <message>
        <source>The memory bank changed and must be re-clustered first.</source>
        <translation>Die Memory Bank wurde geändert und muss zuerst neu geclustert werden.</translation>
    </message>
    <message>
        <source>Unknown prototype mode &quot;%1&quot;.</source>
        <translation>Unbekannter Prototyp-Modus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The tensor &quot;%1&quot; is missing or not %2 x %3.</source>
        <translation>Der Tensor &quot;%1&quot; fehlt oder ist nicht %2 x %3.</translation>
    </message>
    <message>
        <source>This safetensors file is not a NexViTAD memory bank.</source>
        <translation>Diese safetensors-Datei ist keine NexViTAD-Memory-Bank.</translation>
    </message>
    <message>
        <source>The memory bank&apos;s description is not valid JSON.</source>
        <translation>Die Beschreibung der Memory Bank ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The memory bank has format version %1; this program reads version %2.</source>
        <translation>Die Memory Bank hat die Formatversion %1; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <source>Clustering the layers&apos; patches</source>
        <translation>Patches der Schichten werden geclustert</translation>
    </message>
    <message>
        <source>The tensor &quot;%1&quot; is not %2 x %3 x %3 x 3 bytes.</source>
        <translation>Der Tensor &quot;%1&quot; hat nicht %2 x %3 x %3 x 3 Bytes.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is shown as %2 x %3 (type %4); the bank expects %5 x %5 RGB.</source>
        <translation>Das Bild &quot;%1&quot; wird als %2 x %3 (Typ %4) dargestellt; die Bank erwartet %5 x %5 RGB.</translation>
    </message>
    <message>
        <source>This memory bank does not hold its images (it was built before explanations existed): rebuild the bank to enable explanations.</source>
        <translation>Diese Memory Bank enthält ihre Bilder nicht (sie wurde erstellt, bevor es Erklärungen gab): erstellen Sie die Bank neu, um Erklärungen zu ermöglichen.</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::ScoringOptions</name>
    <message>
        <source>Unknown image score &quot;%1&quot; (expected max or top_percent_mean).</source>
        <translation>Unbekannter Bild-Score &quot;%1&quot; (erwartet max oder top_percent_mean).</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::Thresholds</name>
    <message>
        <source>A threshold is not a JSON object.</source>
        <translation>Ein Schwellwert ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Unknown threshold method &quot;%1&quot;.</source>
        <translation>Unbekannte Schwellwertmethode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An F1-optimal threshold needs a validation set with at least one defect.</source>
        <translation>Ein F1-optimaler Schwellwert benötigt einen Validierungssatz mit mindestens einem Defekt.</translation>
    </message>
    <message>
        <source>A threshold from good images needs at least one good image&apos;s score.</source>
        <translation>Ein Schwellwert aus guten Bildern benötigt den Score mindestens eines guten Bildes.</translation>
    </message>
    <message>
        <source>The percentile must be between 0 and 100 (got %1).</source>
        <translation>Das Perzentil muss zwischen 0 und 100 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The review band&apos;s pass threshold (%1) is above its fail threshold (%2).</source>
        <translation>Der Gut-Schwellwert des Prüfbands (%1) liegt über seinem Schlecht-Schwellwert (%2).</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>i. O.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>n. i. O.</translation>
    </message>
</context>
<context>
    <name>nexvitad::io</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot flush to disk: %1</source>
        <translation>Schreiben auf den Datenträger (flush) nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot replace the file: %1</source>
        <translation>Die Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot flush the file to disk: %1</source>
        <translation>Die Datei kann nicht auf den Datenträger geschrieben werden (flush): %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::io::SafeTensors</name>
    <message>
        <source>Invalid safetensors header: entry &quot;%1&quot; is not an object.</source>
        <translation>Ungültiger safetensors-Header: der Eintrag &quot;%1&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has no dtype.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; hat keinen dtype.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has an unknown dtype &quot;%2&quot;.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; hat einen unbekannten dtype &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has no shape.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; hat keine Form.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has %2 dimensions.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; hat %2 Dimensionen.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has a shape that is not a list of non-negative integers.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; hat eine Form, die keine Liste nicht-negativer ganzer Zahlen ist.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; is impossibly large.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; ist unmöglich groß.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has invalid data_offsets.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; hat ungültige data_offsets.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; (%2 %3) needs %4 bytes but its data_offsets span %5.</source>
        <translation>Ungültiger safetensors-Header: der Tensor &quot;%1&quot; (%2 %3) benötigt %4 Bytes, seine data_offsets umfassen aber %5.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: &quot;__metadata__&quot; is not an object.</source>
        <translation>Ungültiger safetensors-Header: &quot;__metadata__&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: metadata &quot;%1&quot; is not a string.</source>
        <translation>Ungültiger safetensors-Header: die Metadaten &quot;%1&quot; sind keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Not a safetensors file: only %1 bytes long.</source>
        <translation>Keine safetensors-Datei: nur %1 Bytes lang.</translation>
    </message>
    <message>
        <source>Not a safetensors file, or truncated: the header claims %1 bytes but the file has %2.</source>
        <translation>Keine safetensors-Datei oder abgeschnitten: der Header gibt %1 Bytes an, die Datei hat aber %2.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: too short.</source>
        <translation>Ungültiger safetensors-Header: zu kurz.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: malformed JSON at byte %1 (%2).</source>
        <translation>Ungültiger safetensors-Header: fehlerhaftes JSON bei Byte %1 (%2).</translation>
    </message>
    <message>
        <source>Invalid safetensors header: the JSON is not an object.</source>
        <translation>Ungültiger safetensors-Header: das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>Invalid safetensors header: a tensor has an empty name.</source>
        <translation>Ungültiger safetensors-Header: ein Tensor hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>Invalid safetensors file: tensor &quot;%1&quot; lies outside the file (bytes %2 to %3 of a %4-byte data section); the file may be truncated.</source>
        <translation>Ungültige safetensors-Datei: der Tensor &quot;%1&quot; liegt außerhalb der Datei (Bytes %2 bis %3 eines Datenbereichs von %4 Bytes); die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>Invalid safetensors file: tensors &quot;%1&quot; and &quot;%2&quot; overlap.</source>
        <translation>Ungültige safetensors-Datei: die Tensoren &quot;%1&quot; und &quot;%2&quot; überlappen sich.</translation>
    </message>
    <message>
        <source>The weights file does not exist.</source>
        <translation>Die Gewichtsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the weights file: %1</source>
        <translation>Die Gewichtsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file has no tensor &quot;%1&quot;.</source>
        <translation>Die Datei hat keinen Tensor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write a tensor named &quot;%1&quot;.</source>
        <translation>Ein Tensor namens &quot;%1&quot; kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write two tensors named &quot;%1&quot;.</source>
        <translation>Zwei Tensoren namens &quot;%1&quot; können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has a negative dimension.</source>
        <translation>Der Tensor &quot;%1&quot; hat eine negative Dimension.</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has no data.</source>
        <translation>Der Tensor &quot;%1&quot; hat keine Daten.</translation>
    </message>
    <message>
        <source>Cannot write the undefined tensor &quot;%1&quot;.</source>
        <translation>Der undefinierte Tensor &quot;%1&quot; kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the non-float tensor &quot;%1&quot;.</source>
        <translation>Der Nicht-Float-Tensor &quot;%1&quot; kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2; only F32, F16 and BF16 weights (and U8 bytes) are supported.</source>
        <translation>Tensor &quot;%1&quot; hat den dtype %2; nur F32-, F16- und BF16-Gewichte (und U8-Bytes) werden unterstützt.</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2, not floating-point numbers.</source>
        <translation>Tensor &quot;%1&quot; hat den dtype %2, keine Gleitkommazahlen.</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2, not U8.</source>
        <translation>Tensor &quot;%1&quot; hat den dtype %2, nicht U8.</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::DriftMonitor</name>
    <message>
        <source>The drift window must hold at least 2 images (got %1).</source>
        <translation>Das Drift-Fenster muss mindestens 2 Bilder umfassen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The drift minimum must be from 2 to the window (%1); got %2.</source>
        <translation>Das Drift-Minimum muss zwischen 2 und der Fenstergröße (%1) liegen; erhalten: %2.</translation>
    </message>
    <message>
        <source>The drift quantile must be above 0.5 and below 1 (got %1).</source>
        <translation>Das Drift-Quantil muss über 0.5 und unter 1 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The drift bound must be a positive number (got %1).</source>
        <translation>Die Drift-Grenze muss eine positive Zahl sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The drift warning&apos;s clearing fraction must be in (0, 1] (got %1).</source>
        <translation>Der Aufhebungsanteil der Drift-Warnung muss in (0, 1] liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Self-calibration needs at least the minimum (%1) good images; got %2.</source>
        <translation>Die Selbstkalibrierung benötigt mindestens das Minimum (%1) an Gutbildern; erhalten: %2.</translation>
    </message>
    <message>
        <source>The memory bank holds no evaluated good-image scores (eval --save-thresholds stores them).</source>
        <translation>Die Memory Bank enthält keine evaluierten Gutbild-Scores (eval --save-thresholds speichert sie).</translation>
    </message>
    <message>
        <source>The bank&apos;s evaluation has %1 good images below the pass threshold; %2 are needed.</source>
        <translation>Die Evaluierung der Bank hat %1 Gutbilder unterhalb der Bestanden-Schwelle; %2 werden benötigt.</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>unzureichende Daten</translation>
    </message>
    <message>
        <source>in control</source>
        <translation>unter Kontrolle</translation>
    </message>
    <message>
        <source>drift warning</source>
        <translation>Drift-Warnung</translation>
    </message>
    <message numerus="yes">
        <source>reference: evaluation of %1 (%n good images)</source>
        <translation>
            <numerusform>Referenz: Evaluierung von %1 (%n Gutbild)</numerusform>
            <numerusform>Referenz: Evaluierung von %1 (%n Gutbilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message numerus="yes">
        <source>reference: first %n good images of this line</source>
        <translation>
            <numerusform>Referenz: erstes %n Gutbild dieser Linie</numerusform>
            <numerusform>Referenz: erste %n Gutbilder dieser Linie</numerusform>
        </translation>
    </message>
    <message>
        <source>reference: calibrating on this line&apos;s first good images (%1 of %2)</source>
        <translation>Referenz: Kalibrierung auf den ersten Gutbildern dieser Linie (%1 von %2)</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <source>; median / %1 % quantile of the last %2 good images %3 / %4 (reference %5 / %6), shift %7 standard errors (bound %8)</source>
        <translation>; Median / %1-%-Quantil der letzten %2 Gutbilder %3 / %4 (Referenz %5 / %6), Verschiebung %7 Standardfehler (Grenze %8)</translation>
    </message>
    <message>
        <source> (%1 of %2 good images)</source>
        <translation> (%1 von %2 Gutbildern)</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::HotFolder</name>
    <message>
        <source>the folder to watch does not exist</source>
        <translation>der zu überwachende Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the folder to watch cannot be read</source>
        <translation>der zu überwachende Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the watched folder has disappeared (removed, renamed or unmounted)</source>
        <translation>der überwachte Ordner ist verschwunden (entfernt, umbenannt oder ausgehängt)</translation>
    </message>
    <message>
        <source>the watched folder can no longer be read</source>
        <translation>der überwachte Ordner kann nicht mehr gelesen werden</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineCsv</name>
    <message>
        <source>cannot read the watcher&apos;s CSV: %1</source>
        <translation>die CSV der Überwachung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a CSV written by the hot-folder watcher (its first line must be &quot;%1&quot;); choose another output folder or --csv file</source>
        <translation>keine von der Hotfolder-Überwachung geschriebene CSV (ihre erste Zeile muss &quot;%1&quot; sein); wählen Sie einen anderen Ausgabeordner oder eine andere Datei für --csv</translation>
    </message>
    <message>
        <source>line %1 has %2 fields instead of %3</source>
        <translation>Zeile %1 hat %2 Felder statt %3</translation>
    </message>
    <message>
        <source>cannot append to the watcher&apos;s CSV: %1</source>
        <translation>an die CSV der Überwachung kann nicht angehängt werden: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineOutputs</name>
    <message>
        <source>Give an output folder or a project: the watcher keeps its results and its record of the files it has inspected there.</source>
        <translation>Geben Sie einen Ausgabeordner oder ein Projekt an: die Überwachung speichert dort ihre Ergebnisse und die Liste der bereits geprüften Dateien.</translation>
    </message>
    <message>
        <source>the folder for inspected images must not be the watched folder</source>
        <translation>der Ordner für geprüfte Bilder darf nicht der überwachte Ordner sein</translation>
    </message>
    <message>
        <source>cannot create the folder for inspected images</source>
        <translation>der Ordner für geprüfte Bilder kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the folder for unreadable images</source>
        <translation>der Ordner für nicht lesbare Bilder kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move the inspected image to %1</source>
        <translation>das geprüfte Bild kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineRecorder</name>
    <message>
        <source>watch %1</source>
        <translation>Überwachung %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineWatcher</name>
    <message>
        <source>Unknown overlay policy &quot;%1&quot; (all, flagged or none).</source>
        <translation>Unbekannte Überlagerungsregel &quot;%1&quot; (all, flagged oder none).</translation>
    </message>
</context>
<context>
    <name>nexvitad::project</name>
    <message>
        <source>Training run %1</source>
        <translation>Trainingslauf %1</translation>
    </message>
    <message>
        <source>Memory bank %1</source>
        <translation>Memory Bank %1</translation>
    </message>
    <message>
        <source>Memory bank %1 (%2)</source>
        <translation>Memory Bank %1 (%2)</translation>
    </message>
    <message>
        <source>Inspection batch %1</source>
        <translation>Inspektionsstapel %1</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>Auswertung %1</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
    <message>
        <source>%1 image(s)</source>
        <translation>%1 Bild(er)</translation>
    </message>
    <message>
        <source>Cannot list the project: %1</source>
        <translation>Das Projekt kann nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::project::EvaluationOverview</name>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>bank %1 (all patches)</source>
        <translation>Bank %1 (alle Patches)</translation>
    </message>
    <message>
        <source>bank %1 (K = %2)</source>
        <translation>Bank %1 (K = %2)</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>untrainiert</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>memory bank</source>
        <translation>Memory Bank</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>nexvitad::render::ExplanationPicture</name>
    <message>
        <source>d = %1</source>
        <translation>d = %1</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüftes Bild</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>layer %1, %2</source>
        <translation>Schicht %1, %2</translation>
    </message>
    <message>
        <source>Inspected, layer %1</source>
        <translation>Geprüftes Bild, Schicht %1</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>image not available</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>This region looks least like any of these normal patches</source>
        <translation>Diese Region ähnelt diesen normalen Patches am wenigsten</translation>
    </message>
</context>
<context>
    <name>nexvitad::report::Report</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>image score</source>
        <translation>Bildscore</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Product / line</source>
        <translation>Produkt / Linie</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Inspection batch</source>
        <translation>Prüfstapel</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Image AUROC / pixel AUROC</source>
        <translation>Bild-AUROC / Pixel-AUROC</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Verdict summary: %1 pass, %2 fail, %3 review</source>
        <translation>Urteilsübersicht: %1 bestanden, %2 abgelehnt, %3 zu prüfen</translation>
    </message>
    <message>
        <source>No image threshold is set, so no image has a verdict.</source>
        <translation>Es ist keine Bildschwelle gesetzt, daher hat kein Bild ein Urteil.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Image ROC</source>
        <translation>Bild-ROC</translation>
    </message>
    <message>
        <source>Image precision-recall</source>
        <translation>Bild-Precision-Recall</translation>
    </message>
    <message>
        <source>Pixel ROC</source>
        <translation>Pixel-ROC</translation>
    </message>
    <message>
        <source>Pixel precision-recall</source>
        <translation>Pixel-Precision-Recall</translation>
    </message>
    <message>
        <source>Pixel PRO (FPR up to 0.3)</source>
        <translation>Pixel-PRO (FPR bis 0,3)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>per-region overlap</source>
        <translation>Überlappung pro Region</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Image scores and thresholds</source>
        <translation>Bildscores und Schwellen</translation>
    </message>
    <message>
        <source>Failed and review images</source>
        <translation>Abgelehnte und zu prüfende Bilder</translation>
    </message>
    <message>
        <source>no heat map</source>
        <translation>keine Heatmap</translation>
    </message>
    <message>
        <source>no ground truth</source>
        <translation>keine Ground Truth</translation>
    </message>
    <message>
        <source>image not found</source>
        <translation>Bild nicht gefunden</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>heat map, contours</source>
        <translation>Heatmap, Konturen</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Score %1, verdict: %2</source>
        <translation>Score %1, Urteil: %2</translation>
    </message>
    <message>
        <source>labelled defective</source>
        <translation>als defekt gelabelt</translation>
    </message>
    <message>
        <source>labelled good</source>
        <translation>als gut gelabelt</translation>
    </message>
    <message>
        <source>Reviewer %1: %2</source>
        <translation>Prüfer %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Checkpoint SHA-256</source>
        <translation>Checkpoint-SHA-256</translation>
    </message>
    <message>
        <source>untrained (random)</source>
        <translation>untrainiert (zufällig)</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Weights: spec, file, SHA-256</source>
        <translation>Gewichte: Angabe, Datei, SHA-256</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Memory bank</source>
        <translation>Memory Bank</translation>
    </message>
    <message>
        <source>No memory bank is recorded for this report.</source>
        <translation>Für diesen Bericht ist keine Memory Bank erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiteres</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank SHA-256</source>
        <translation>Bank-SHA-256</translation>
    </message>
    <message>
        <source>Prototypes K</source>
        <translation>Prototypen K</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Support images (%1)</source>
        <translation>Support-Bilder (%1)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>Bildschwelle</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>Pixelschwelle</translation>
    </message>
    <message>
        <source>bank created</source>
        <translation>Bank erstellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>Who set the thresholds, and when (audit log, latest %n):</source>
        <translation>
            <numerusform>Wer die Schwellen wann gesetzt hat (Audit-Log, letzter Eintrag):</numerusform>
            <numerusform>Wer die Schwellen wann gesetzt hat (Audit-Log, letzte %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Dataset and seeds</source>
        <translation>Datensatz und Seeds</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>Manifest-SHA-256</translation>
    </message>
    <message>
        <source>Files in manifest</source>
        <translation>Dateien im Manifest</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>Image average precision</source>
        <translation>Bild-Average-Precision</translation>
    </message>
    <message>
        <source>Image F1-max</source>
        <translation>Bild-F1-max</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>Pixel-AUROC</translation>
    </message>
    <message>
        <source>Pixel average precision</source>
        <translation>Pixel-Average-Precision</translation>
    </message>
    <message>
        <source>Pixel AUPRO (FPR up to 0.3)</source>
        <translation>Pixel-AUPRO (FPR bis 0,3)</translation>
    </message>
    <message>
        <source>Pixel F1-max</source>
        <translation>Pixel-F1-max</translation>
    </message>
    <message>
        <source>mIoU at threshold %1</source>
        <translation>mIoU bei Schwelle %1</translation>
    </message>
    <message>
        <source>Test images (defective / good)</source>
        <translation>Testbilder (defekt / gut)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>n/a: the metric is undefined for this test set (e.g. no defective image).</source>
        <translation>k. A.: Die Metrik ist für diese Testmenge nicht definiert (z. B. kein defektes Bild).</translation>
    </message>
    <message>
        <source>Images inspected</source>
        <translation>Geprüfte Bilder</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigster Score</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>Median-Score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchster Score</translation>
    </message>
    <message>
        <source>Reviewer: accepted / rejected / unsure</source>
        <translation>Prüfer: angenommen / zurückgewiesen / unsicher</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Inspected images carry no labels: accuracy metrics need an evaluation on a labelled test set.</source>
        <translation>Geprüfte Bilder tragen keine Labels: Genauigkeitsmetriken erfordern eine Evaluierung auf einer gelabelten Testmenge.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Evaluierungsbericht</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Warning: untrained backbone. At least one backbone ran with random weights; its features are not those of a trained network, so scores and metrics do not show what the method can do.</source>
        <translation>Warnung: untrainiertes Backbone. Mindestens ein Backbone lief mit zufälligen Gewichten; seine Merkmale sind nicht die eines trainierten Netzes, daher zeigen Scores und Metriken nicht, was das Verfahren leisten kann.</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>Das PDF kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Reports need the graphical application object (fonts); this program did not create one.</source>
        <translation>Berichte benötigen das grafische Anwendungsobjekt (Schriften); dieses Programm hat keines erzeugt.</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Bericht wird gesetzt</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>%1 % quantile</source>
        <translation>%1-%-Quantil</translation>
    </message>
    <message numerus="yes">
        <source>This batch: %n good images</source>
        <translation>
            <numerusform>Dieser Stapel: %n Gutbild</numerusform>
            <numerusform>Dieser Stapel: %n Gutbilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, after %n earlier good images of this memory bank.</source>
        <translation>
            <numerusform>, nach %n früheren Gutbild dieser Memory Bank.</numerusform>
            <numerusform>, nach %n früheren Gutbildern dieser Memory Bank.</numerusform>
        </translation>
    </message>
    <message>
        <source>A drift warning was already raised before this batch.</source>
        <translation>Vor diesem Stapel war bereits eine Drift-Warnung ausgelöst.</translation>
    </message>
    <message>
        <source>Drift warning from good image %1 of this batch.</source>
        <translation>Drift-Warnung ab Gutbild %1 dieses Stapels.</translation>
    </message>
    <message>
        <source>The warning cleared at good image %1.</source>
        <translation>Die Warnung wurde bei Gutbild %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Not enough good images to judge drift yet (%1 needed in the window, %2 there).</source>
        <translation>Noch nicht genug Gutbilder, um Drift zu beurteilen (%1 im Fenster benötigt, %2 vorhanden).</translation>
    </message>
    <message>
        <source>At the end: %1, shift %2 (median %3, %4 %5; bound %6).</source>
        <translation>Am Ende: %1, Verschiebung %2 (Median %3, %4 %5; Grenze %6).</translation>
    </message>
    <message>
        <source>No drift warning in this batch.</source>
        <translation>Keine Drift-Warnung in diesem Stapel.</translation>
    </message>
    <message>
        <source>Drift trend</source>
        <translation>Drift-Verlauf</translation>
    </message>
    <message>
        <source>Drift trend of the good images: the scores of the images that passed, in inspection order, with their rolling median and %1 over the last %2 good images, against the reference band from its median to its %1 (%3).</source>
        <translation>Drift-Verlauf der Gutbilder: die Scores der bestandenen Bilder in Prüfreihenfolge, mit ihrem gleitenden Median und %1 über die letzten %2 Gutbilder, gegenüber dem Referenzband von seinem Median bis zu seinem %1 (%3).</translation>
    </message>
    <message>
        <source>A drift warning is raised when the rolling median or %1 moves more than %2 standard errors away from the reference&apos;s (dotted lines; a standard error is how far it moves by chance, from the reference&apos;s spread between its median and %1, the window and the reference&apos;s size), and clears below %3 of that. A warning means the parts judged good no longer look to the model like the good images it was checked on (lighting, camera, material or the product changed): the verdicts may no longer be reliable. Check the line; if the change is intended, rebuild or re-evaluate the memory bank.</source>
        <translation>Eine Drift-Warnung wird ausgelöst, wenn sich der gleitende Median oder das gleitende %1 um mehr als %2 Standardfehler von dem der Referenz entfernt (gepunktete Linien; ein Standardfehler gibt an, wie weit sich der Wert zufällig bewegt, berechnet aus der Streuung der Referenz zwischen ihrem Median und dem %1, dem Fenster und dem Umfang der Referenz), und wird unterhalb von %3 davon aufgehoben. Eine Warnung bedeutet, dass die als gut beurteilten Teile für das Modell nicht mehr wie die Gutbilder aussehen, an denen es geprüft wurde (Beleuchtung, Kamera, Material oder Produkt haben sich geändert): die Urteile sind möglicherweise nicht mehr zuverlässig. Prüfen Sie die Linie; ist die Änderung beabsichtigt, erstellen oder evaluieren Sie die Memory Bank neu.</translation>
    </message>
    <message>
        <source>Self-calibrated reference: %1 The first %2 good images of this memory bank in the project stand for normal.</source>
        <translation>Selbstkalibrierte Referenz: %1 Die ersten %2 Gutbilder dieser Memory Bank im Projekt gelten als normal.</translation>
    </message>
    <message>
        <source>The memory bank file could not be read: %1</source>
        <translation>Die Memory-Bank-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Drift trend of the good images</source>
        <translation>Drift-Verlauf der Gutbilder</translation>
    </message>
    <message>
        <source>good image in this batch</source>
        <translation>Gutbild in diesem Stapel</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>rolling median</source>
        <translation>gleitender Median</translation>
    </message>
    <message>
        <source>rolling %1</source>
        <translation>gleitendes %1</translation>
    </message>
    <message>
        <source>reference band</source>
        <translation>Referenzband</translation>
    </message>
    <message>
        <source>bounds of the median</source>
        <translation>Grenzen für den Median</translation>
    </message>
    <message>
        <source>bounds of the %1</source>
        <translation>Grenzen für das %1</translation>
    </message>
    <message>
        <source>drift warning began</source>
        <translation>Drift-Warnung begann</translation>
    </message>
    <message>
        <source>drift warning cleared</source>
        <translation>Drift-Warnung aufgehoben</translation>
    </message>
    <message>
        <source>no image passed in this batch</source>
        <translation>kein Bild hat in diesem Stapel bestanden</translation>
    </message>
    <message>
        <source>The stored explanation cannot be read.</source>
        <translation>Die gespeicherte Erklärung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No explanation picture: %1</source>
        <translation>Kein Erklärungsbild: %1</translation>
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
<context>
    <name>nexvitad::store</name>
    <message>
        <source>Invalid artifact name: %1/%2</source>
        <translation>Ungültiger Artefaktname: %1/%2</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>Das Projekt ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Memory bank %1 does not exist.</source>
        <translation>Memory Bank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the project database: %1</source>
        <translation>Die Projektdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Dies ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder is not empty; a new project needs an empty or new folder.</source>
        <translation>Der Ordner ist nicht leer; ein neues Projekt braucht einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>Cannot move the new project into place: %1</source>
        <translation>Das neue Projekt kann nicht an seinen Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>Job %1 does not exist.</source>
        <translation>Job %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Job %1 has an unknown status.</source>
        <translation>Job %1 hat einen unbekannten Status.</translation>
    </message>
    <message>
        <source>Job %1 cannot change from %2 to %3.</source>
        <translation>Job %1 kann nicht von %2 zu %3 wechseln.</translation>
    </message>
    <message>
        <source>Job %1 was changed by another program meanwhile.</source>
        <translation>Job %1 wurde inzwischen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Job %1 is not running.</source>
        <translation>Job %1 läuft nicht.</translation>
    </message>
    <message>
        <source>%1 is not writable (%2)</source>
        <translation>%1 ist nicht beschreibbar (%2)</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Not a NexViTAD project: %1 is missing.</source>
        <translation>Kein NexViTAD-Projekt: %1 fehlt.</translation>
    </message>
    <message>
        <source>The project cannot be opened for writing: %1</source>
        <translation>Das Projekt kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opened read-only on request; nothing in the project will be changed.</source>
        <translation>Auf Wunsch schreibgeschützt geöffnet; am Projekt wird nichts verändert.</translation>
    </message>
    <message>
        <source>The project folder is read-only (%1). It is opened read-only: you can look at everything, but nothing can be saved.</source>
        <translation>Der Projektordner ist schreibgeschützt (%1). Das Projekt wird schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts speichern.</translation>
    </message>
    <message>
        <source>The project uses schema version %1 and must be upgraded to version %2, which a read-only project cannot be.</source>
        <translation>Das Projekt verwendet Schemaversion %1 und muss auf Version %2 aktualisiert werden, was bei einem schreibgeschützten Projekt nicht möglich ist.</translation>
    </message>
    <message>
        <source>The project must be upgraded to schema version %1; close the other programs that have it open and try again.</source>
        <translation>Das Projekt muss auf Schemaversion %1 aktualisiert werden; schließen Sie die anderen Programme, die es geöffnet haben, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file does not match its recorded SHA-256; run `project check`.</source>
        <translation>Die Datei stimmt nicht mit ihrem verzeichneten SHA-256 überein; führen Sie `project check` aus.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: %2</source>
        <translation>Der Archiveintrag &quot;%1&quot; wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>absolute Pfade sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&quot;..&quot; would leave the project folder</source>
        <translation>&quot;..&quot; würde den Projektordner verlassen</translation>
    </message>
    <message>
        <source>the name contains a control character or a backslash</source>
        <translation>der Name enthält ein Steuerzeichen oder einen Backslash</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>links (here to &quot;%1&quot;) are not allowed in a project archive</source>
        <translation>Links (hier auf &quot;%1&quot;) sind in einem Projektarchiv nicht erlaubt</translation>
    </message>
    <message>
        <source>only files and folders are allowed</source>
        <translation>nur Dateien und Ordner sind erlaubt</translation>
    </message>
    <message>
        <source>a project archive holds only %1, %2 and %3/</source>
        <translation>ein Projektarchiv enthält nur %1, %2 und %3/</translation>
    </message>
    <message>
        <source>Cannot write (is the name in the archive twice?): %1</source>
        <translation>Schreiben nicht möglich (steht der Name doppelt im Archiv?): %1</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot flush to disk: %1</source>
        <translation>Schreiben auf den Datenträger (flush) nicht möglich: %1</translation>
    </message>
    <message>
        <source>Taking a snapshot of the database</source>
        <translation>Momentaufnahme der Datenbank wird erstellt</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>Archiv wird geschrieben</translation>
    </message>
    <message>
        <source>Unpacking the archive</source>
        <translation>Archiv wird entpackt</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest is invalid.</source>
        <translation>Das Manifest des Archivs ist ungültig.</translation>
    </message>
    <message>
        <source>The archive has no valid manifest (%1).</source>
        <translation>Das Archiv hat kein gültiges Manifest (%1).</translation>
    </message>
    <message>
        <source>%1 is missing from the archive or does not match the manifest.</source>
        <translation>%1 fehlt im Archiv oder passt nicht zum Manifest.</translation>
    </message>
    <message>
        <source>%1 is in the archive but not in its manifest.</source>
        <translation>%1 ist im Archiv, aber nicht in dessen Manifest.</translation>
    </message>
    <message>
        <source>Checking the imported project</source>
        <translation>Importiertes Projekt wird geprüft</translation>
    </message>
    <message>
        <source>The imported project has problems: %1</source>
        <translation>Das importierte Projekt hat Probleme: %1</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Datenbank wird geprüft</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>database: row %1 of table %2 refers to a missing row of %3</source>
        <translation>Datenbank: Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>Checking artifacts</source>
        <translation>Artefakte werden geprüft</translation>
    </message>
    <message>
        <source>%1 (%2 %3) is missing</source>
        <translation>%1 (%2 %3) fehlt</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>%1 stimmt nicht mit seinem verzeichneten SHA-256 überein</translation>
    </message>
    <message>
        <source>Cannot open the project&apos;s lock file: %1</source>
        <translation>Die Sperrdatei des Projekts kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot lock the project: %1</source>
        <translation>Das Projekt kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>The project database is damaged (%1). It has not been changed: restore it from a backup or an exported archive.</source>
        <translation>Die Projektdatenbank ist beschädigt (%1). Sie wurde nicht verändert: stellen Sie sie aus einer Sicherung oder einem exportierten Archiv wieder her.</translation>
    </message>
    <message>
        <source>Inspection %1 does not exist.</source>
        <translation>Inspektion %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The project was written by a newer NexViTAD (schema version %1; this version understands up to %2).</source>
        <translation>Das Projekt wurde von einer neueren NexViTAD-Version geschrieben (Schemaversion %1; diese Version versteht bis %2).</translation>
    </message>
    <message>
        <source>Project database error: %1</source>
        <translation>Fehler der Projektdatenbank: %1</translation>
    </message>
    <message>
        <source>Cannot write the archive: %1</source>
        <translation>Das Archiv kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A file changed size while it was being archived: %1</source>
        <translation>Eine Datei hat ihre Größe geändert, während sie archiviert wurde: %1</translation>
    </message>
    <message>
        <source>Not a valid project archive: %1</source>
        <translation>Kein gültiges Projektarchiv: %1</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>das Archiv ist abgeschnitten</translation>
    </message>
    <message>
        <source>a header checksum is wrong</source>
        <translation>eine Header-Prüfsumme ist falsch</translation>
    </message>
    <message>
        <source>an entry size is invalid</source>
        <translation>eine Eintragsgröße ist ungültig</translation>
    </message>
    <message>
        <source>an extended header is too large</source>
        <translation>ein erweiterter Header ist zu groß</translation>
    </message>
    <message>
        <source>an extended header is invalid</source>
        <translation>ein erweiterter Header ist ungültig</translation>
    </message>
    <message>
        <source>Dataset %1 does not exist.</source>
        <translation>Datensatz %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Model %1 does not exist.</source>
        <translation>Modell %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Inspection batch %1 does not exist.</source>
        <translation>Prüfstapel %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation>Evaluierung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::train::RunModel</name>
    <message>
        <source>not a training run folder (no config.json)</source>
        <translation>kein Ordner eines Trainingslaufs (keine config.json)</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s description: %1</source>
        <translation>die Beschreibung des Laufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the run&apos;s description names no target class</source>
        <translation>die Beschreibung des Laufs nennt keine Zielklasse</translation>
    </message>
    <message>
        <source>the run has no checkpoint yet (train at least one epoch)</source>
        <translation>der Lauf hat noch keinen Checkpoint (trainieren Sie mindestens eine Epoche)</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BankBuilderPanel</name>
    <message>
        <source>M good images of the target class (method.md 4; default 10).</source>
        <translation>M Gutbilder der Zielklasse (method.md 4; Standard 10).</translation>
    </message>
    <message>
        <source>Seed of the random choice, the untrained encoder&apos;s projections and the clustering; the CLI&apos;s bank --seed gives the same bank.</source>
        <translation>Seed für die Zufallsauswahl, die Projektionen des untrainierten Encoders und das Clustering; bank --seed in der CLI ergibt dieselbe Bank.</translation>
    </message>
    <message>
        <source>Choose M at &amp;random</source>
        <translation>M zu&amp;fällig auswählen</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <source>&amp;Target class:</source>
        <translation>&amp;Zielklasse:</translation>
    </message>
    <message>
        <source>M:</source>
        <translation>M:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>&amp;Build memory bank</source>
        <translation>Memory &amp;Bank erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) queued to add.</source>
        <translation>
            <numerusform>%n Bild zum Hinzufügen vorgemerkt.</numerusform>
            <numerusform>%n Bilder zum Hinzufügen vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n good image(s) selected.</source>
        <translation>
            <numerusform>%1 von %n Gutbild ausgewählt.</numerusform>
            <numerusform>%1 von %n Gutbildern ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory bank %1 saved in the project.</source>
        <translation>Memory Bank %1 im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Build memory bank</source>
        <translation>Memory Bank erstellen</translation>
    </message>
    <message>
        <source>Open memory bank %1</source>
        <translation>Memory Bank %1 öffnen</translation>
    </message>
    <message>
        <source>Memory bank %1 opened.</source>
        <translation>Memory Bank %1 geöffnet.</translation>
    </message>
    <message>
        <source>Re-cluster memory bank</source>
        <translation>Memory Bank neu clustern</translation>
    </message>
    <message>
        <source>all patches</source>
        <translation>alle Patches</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
    <message numerus="yes">
        <source>Memory bank %1: %n image(s), %2
%3</source>
        <translation>
            <numerusform>Memory Bank %1: %n Bild, %2
%3</numerusform>
            <numerusform>Memory Bank %1: %n Bilder, %2
%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BankContentsBox</name>
    <message>
        <source>Memory bank</source>
        <translation>Memory Bank</translation>
    </message>
    <message>
        <source>&amp;Add checked images</source>
        <translation>&amp;Markierte Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Queues the images checked in the grid; only they are encoded when the bank is re-clustered.</source>
        <translation>Merkt die im Raster markierten Bilder vor; nur sie werden beim Neu-Clustern der Bank kodiert.</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <source>Re-cl&amp;uster and save</source>
        <translation>Neu cl&amp;ustern und speichern</translation>
    </message>
    <message>
        <source>Applies the edits, clusters every layer again and saves the result as a new memory bank of the project.</source>
        <translation>Übernimmt die Änderungen, clustert jede Schicht neu und speichert das Ergebnis als neue Memory Bank des Projekts.</translation>
    </message>
    <message>
        <source>No memory bank open: build one, or open one from the project explorer.</source>
        <translation>Keine Memory Bank geöffnet: Erstellen Sie eine oder öffnen Sie eine aus dem Projekt-Explorer.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BankSettingsForm</name>
    <message>
        <source>The encoder whose features fill the bank: a training run&apos;s adapters and projections, or an untrained encoder (identity adapters, random projections seeded with the seed above).</source>
        <translation>Der Encoder, dessen Merkmale die Bank füllen: die Adapter und Projektionen eines Trainingslaufs oder ein untrainierter Encoder (Identitäts-Adapter, zufällige Projektionen mit dem obigen Seed).</translation>
    </message>
    <message>
        <source>Hiera weights: a registry name, a file, or random:&lt;variant&gt; (docs/weights.md).</source>
        <translation>Hiera-Gewichte: ein Registry-Name, eine Datei oder random:&lt;variant&gt; (docs/weights.md).</translation>
    </message>
    <message>
        <source>DINOv2 weights: a registry name, a file, or random:&lt;variant&gt; (docs/weights.md).</source>
        <translation>DINOv2-Gewichte: ein Registry-Name, eine Datei oder random:&lt;variant&gt; (docs/weights.md).</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Images are resized to S x S before encoding. A training run uses its own size.</source>
        <translation>Bilder werden vor dem Kodieren auf S x S skaliert. Ein Trainingslauf verwendet seine eigene Größe.</translation>
    </message>
    <message>
        <source>K prototypes per layer (default 30, so 4K in all). Every prototype serves the same share of patches, so rare good textures still get prototypes.</source>
        <translation>K Prototypen je Schicht (Standard 30, also insgesamt 4K). Jeder Prototyp deckt denselben Anteil der Patches ab, sodass auch seltene gute Texturen Prototypen erhalten.</translation>
    </message>
    <message>
        <source>Sinkhorn K-means</source>
        <translation>Sinkhorn K-means</translation>
    </message>
    <message>
        <source>All patches</source>
        <translation>Alle Patches</translation>
    </message>
    <message>
        <source>Sinkhorn K-means: K prototypes per layer from entropy-regularised optimal transport with uniform masses (method.md 4). All patches: exact nearest neighbour over the whole bank (the PatchCore / AnomalyDINO baseline); slower, larger.</source>
        <translation>Sinkhorn K-means: K Prototypen je Schicht aus entropie-regularisiertem optimalem Transport mit gleichen Massen (method.md 4). Alle Patches: exakter nächster Nachbar über die ganze Bank (die Baseline von PatchCore / AnomalyDINO); langsamer, größer.</translation>
    </message>
    <message>
        <source>Encoder layer %1: spatial size S/%2.</source>
        <translation>Encoder-Schicht %1: räumliche Größe S/%2.</translation>
    </message>
    <message>
        <source>&amp;Encoder:</source>
        <translation>En&amp;coder:</translation>
    </message>
    <message>
        <source>&amp;Hiera:</source>
        <translation>Hie&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;DINOv2:</source>
        <translation>DI&amp;NOv2:</translation>
    </message>
    <message>
        <source>Image si&amp;ze:</source>
        <translation>Bild&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Prototypes:</source>
        <translation>Pro&amp;totypen:</translation>
    </message>
    <message>
        <source>&amp;K per layer:</source>
        <translation>&amp;K je Schicht:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <source>Untrained (seeded random projections)</source>
        <translation>Untrainiert (zufällige Projektionen mit Seed)</translation>
    </message>
    <message>
        <source>Training run %1</source>
        <translation>Trainingslauf %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BatchReviewPanel</name>
    <message>
        <source>Inspect images...</source>
        <translation>Bilder prüfen...</translation>
    </message>
    <message>
        <source>Inspection batches recorded in the project</source>
        <translation>Im Projekt gespeicherte Prüfchargen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>n. i. O.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>i. O.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Comment for the next decision (optional)</source>
        <translation>Kommentar zur nächsten Entscheidung (optional)</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Memory bank</source>
        <translation>Memory Bank</translation>
    </message>
    <message>
        <source>Memory banks (*.bank)</source>
        <translation>Memory Banks (*.bank)</translation>
    </message>
    <message>
        <source>Inspect images</source>
        <translation>Bilder prüfen</translation>
    </message>
    <message>
        <source>Inspect a folder of images or chosen image files?</source>
        <translation>Einen Bildordner oder ausgewählte Bilddateien prüfen?</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Ordner...</translation>
    </message>
    <message>
        <source>Files...</source>
        <translation>Dateien...</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open inspection batch</source>
        <translation>Prüfcharge öffnen</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in this batch.</source>
        <translation>
            <numerusform>%n Bild in dieser Charge.</numerusform>
            <numerusform>%n Bilder in dieser Charge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>Bild laden</translation>
    </message>
    <message>
        <source>Decision kept in this list only: the batch is not recorded in a project.</source>
        <translation>Entscheidung nur in dieser Liste: Die Charge ist in keinem Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store the decision: %1</source>
        <translation>Die Entscheidung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Pass: %1   Review: %2   Fail: %3</source>
        <translation>i. O.: %1   Prüfen: %2   n. i. O.: %3</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BatchTableModel</name>
    <message>
        <source>Pass</source>
        <translation>i. O.</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>n. i. O.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ChooseFolderPage</name>
    <message>
        <source>Choose the dataset folder</source>
        <translation>Datensatzordner auswählen</translation>
    </message>
    <message>
        <source>An MVTec AD root (one folder per class), a single class folder, or a folder with normal and abnormal subfolders. Nothing in it will be changed.</source>
        <translation>Ein MVTec-AD-Stammordner (ein Ordner pro Klasse), ein einzelner Klassenordner oder ein Ordner mit Unterordnern für normale und fehlerhafte Bilder. Darin wird nichts verändert.</translation>
    </message>
    <message>
        <source>/path/to/dataset</source>
        <translation>/pfad/zum/datensatz</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ComparisonView</name>
    <message>
        <source>The best value of each metric is highlighted.</source>
        <translation>Der beste Wert jeder Metrik ist hervorgehoben.</translation>
    </message>
    <message>
        <source>Pixel ROC</source>
        <translation>Pixel-ROC</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <source>Pixel precision-recall</source>
        <translation>Pixel-Precision-Recall</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Per-region overlap vs FPR</source>
        <translation>Überlappung pro Region vs. FPR</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <source>Image ROC</source>
        <translation>Bild-ROC</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ConfirmPage</name>
    <message>
        <source>Add the dataset to the project</source>
        <translation>Datensatz zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Name in the project:</source>
        <translation>Name im Projekt:</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1 class(es) will be recorded with their content hashes (manifest %2). The folder itself is not copied or changed.</source>
        <translation>
            <numerusform>%n Bild in %1 Klasse(n) wird mit seinem Inhalts-Hash erfasst (Manifest %2). Der Ordner selbst wird weder kopiert noch verändert.</numerusform>
            <numerusform>%n Bilder in %1 Klasse(n) werden mit ihren Inhalts-Hashes erfasst (Manifest %2). Der Ordner selbst wird weder kopiert noch verändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::CurveChart</name>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::DefectTypeView</name>
    <message>
        <source>No evaluation selected.</source>
        <translation>Keine Auswertung ausgewählt.</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>Auswertung %1</translation>
    </message>
    <message>
        <source>At %1: %2 of %3 defective images detected, %4 of %5 good images flagged.</source>
        <translation>Bei Schwelle %1: %2 von %3 fehlerhaften Bildern erkannt, %4 von %5 Gutbildern als fehlerhaft markiert.</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::Explainer</name>
    <message>
        <source>Nearest normal patch (layer %1): %2, distance %3</source>
        <translation>Nächster normaler Patch (Schicht %1): %2, Abstand %3</translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation>Die Region liegt außerhalb des Bildes.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ExplanationPanel</name>
    <message>
        <source>&lt;b&gt;Nearest normal patches&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächste normale Patches&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click the image (Shift+drag: a region) to see which normal patches of the memory bank it is closest to.</source>
        <translation>Klicken Sie in das Bild (Umschalt+Ziehen: eine Region), um zu sehen, welchen normalen Patches der Memory Bank es am nächsten ist.</translation>
    </message>
    <message>
        <source>Looking for the nearest normal patches...</source>
        <translation>Die nächsten normalen Patches werden gesucht...</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::GoodImageModel</name>
    <message>
        <source>Load thumbnails</source>
        <translation>Miniaturansichten laden</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ImportWizard</name>
    <message>
        <source>Import dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::Job</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::LineFeedModel</name>
    <message>
        <source>Pass</source>
        <translation>i. O.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>n. i. O.</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::LinePanel</name>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>optional with a project: maps, overlays and line.csv</source>
        <translation>optional mit einem Projekt: Karten, Überlagerungen und line.csv</translation>
    </message>
    <message>
        <source>optional: leave inspected images where they are</source>
        <translation>optional: geprüfte Bilder dort belassen, wo sie sind</translation>
    </message>
    <message>
        <source>Memory bank:</source>
        <translation>Memory Bank:</translation>
    </message>
    <message>
        <source>Memory banks (*.bank)</source>
        <translation>Memory Banks (*.bank)</translation>
    </message>
    <message>
        <source>Watch folder:</source>
        <translation>Überwachter Ordner:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Move inspected images to:</source>
        <translation>Geprüfte Bilder verschieben nach:</translation>
    </message>
    <message>
        <source>Images that did not pass</source>
        <translation>Nicht bestandene Bilder</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Start watching</source>
        <translation>Überwachung starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Overlays for:</source>
        <translation>Überlagerungen für:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for a decision&lt;/b&gt; (review band)</source>
        <translation>&lt;b&gt;Wartet auf eine Entscheidung&lt;/b&gt; (Prüfband)</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Zurückweisen (R)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>Unsicher (U)</translation>
    </message>
    <message>
        <source>No project is open: decisions are not recorded.</source>
        <translation>Kein Projekt geöffnet: Entscheidungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Loading the memory bank...</source>
        <translation>Memory Bank wird geladen...</translation>
    </message>
    <message>
        <source>Stopping after the images in progress...</source>
        <translation>Wird nach den laufenden Bildern angehalten...</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 (%n image(s) done before).</source>
        <translation>
            <numerusform>Überwache %1 (%n Bild bereits zuvor erledigt).</numerusform>
            <numerusform>Überwache %1 (%n Bilder bereits zuvor erledigt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank has no image threshold: no image gets a verdict.</source>
        <translation>Die Bank hat keine Bildschwelle: kein Bild erhält ein Urteil.</translation>
    </message>
    <message>
        <source>%1  score %2</source>
        <translation>%1  Score %2</translation>
    </message>
    <message>
        <source>The passing images no longer look like the bank&apos;s good images. %1</source>
        <translation>Die bestandenen Bilder sehen den Gutbildern der Bank nicht mehr ähnlich. %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#0f5132&apos;&gt;%1 pass&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#664d03&apos;&gt;%2 review&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#842029&apos;&gt;%3 fail&lt;/b&gt; &amp;nbsp; %4 unreadable</source>
        <translation>&lt;b style=&apos;color:#0f5132&apos;&gt;%1 i. O.&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#664d03&apos;&gt;%2 Prüfen&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#842029&apos;&gt;%3 n. i. O.&lt;/b&gt; &amp;nbsp; %4 nicht lesbar</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>Decision not recorded: no project is open.</source>
        <translation>Entscheidung nicht gespeichert: kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot store the decision: %1</source>
        <translation>Die Entscheidung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::LogPanel</name>
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
    <name>nexvitad::ui::MainWindow</name>
    <message>
        <source>NexViTAD Workstation</source>
        <translation>NexViTAD Workstation</translation>
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
    <message>
        <source>&lt;h2&gt;NexViTAD Workstation&lt;/h2&gt;&lt;p&gt;Few-shot, cross-domain defect detection.&lt;/p&gt;&lt;p&gt;Create or open a project (File menu), then drop a dataset folder here to import it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NexViTAD Workstation&lt;/h2&gt;&lt;p&gt;Few-Shot-Defekterkennung über Domänen hinweg.&lt;/p&gt;&lt;p&gt;Legen Sie ein Projekt an oder öffnen Sie eines (Menü Datei) und ziehen Sie dann einen Datensatzordner hierher, um ihn zu importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 - NexViTAD Workstation</source>
        <translation>%1 - NexViTAD Workstation</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import dataset...</source>
        <translation>Datensatz &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Refresh project</source>
        <translation>Projekt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>Neuer Projektordner</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Create or open a writable project before importing a dataset.</source>
        <translation>Legen Sie ein beschreibbares Projekt an oder öffnen Sie eines, bevor Sie einen Datensatz importieren.</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; imported.</source>
        <translation>Datensatz &quot;%1&quot; importiert.</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>Cannot read the dataset</source>
        <translation>Der Datensatz kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Export &amp;report...</source>
        <translation>&amp;Bericht exportieren...</translation>
    </message>
    <message>
        <source>Inspect &amp;images...</source>
        <translation>&amp;Bilder prüfen...</translation>
    </message>
    <message>
        <source>Memory bank</source>
        <translation>Memory Bank</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Build &amp;memory bank...</source>
        <translation>&amp;Memory Bank erstellen...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>&amp;Protocol...</source>
        <translation>&amp;Protokoll...</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Open or create a project first: the protocol&apos;s plan and results are kept in it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt: Plan und Ergebnisse des Protokolls werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the project</source>
        <translation>Das Projekt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>The project no longer holds dataset %1.</source>
        <translation>Das Projekt enthält den Datensatz %1 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::MetricsDashboard</name>
    <message>
        <source>Tick evaluations to compare them; select one to see it by defect type.</source>
        <translation>Haken Sie Auswertungen an, um sie zu vergleichen; wählen Sie eine aus, um sie nach Defekttyp aufgeschlüsselt zu sehen.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>By defect type</source>
        <translation>Nach Defekttyp</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>Nach Klasse</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Export all charts...</source>
        <translation>Alle Diagramme exportieren...</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>Alle Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ProblemsPage</name>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Errors leave the affected images out; warnings and notes keep them.</source>
        <translation>Fehler schließen die betroffenen Bilder aus; bei Warnungen und Hinweisen bleiben sie erhalten.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open file location</source>
        <translation>Speicherort öffnen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ProjectExplorer</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>Memory banks</source>
        <translation>Memory Banks</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspektionen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ProtocolDialog</name>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Dataset folder:</source>
        <translation>Datensatzordner:</translation>
    </message>
    <message>
        <source>Splits (sources/targets):</source>
        <translation>Splits (Quellen/Ziele):</translation>
    </message>
    <message>
        <source>Runs per split:</source>
        <translation>Läufe je Split:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Untrained encoder (no training: fast, a demonstration)</source>
        <translation>Untrainierter Encoder (kein Training: schnell, zur Demonstration)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Slurm cluster (one job array)</source>
        <translation>Slurm-Cluster (ein Job-Array)</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <source>e.g. 2:00:00</source>
        <translation>z. B. 2:00:00</translation>
    </message>
    <message>
        <source>Time limit per task:</source>
        <translation>Zeitlimit je Task:</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPUs je Task:</translation>
    </message>
    <message>
        <source>e.g. 8G</source>
        <translation>z. B. 8G</translation>
    </message>
    <message>
        <source>Memory per task:</source>
        <translation>Speicher je Task:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Resume failed or lost tasks</source>
        <translation>Fehlgeschlagene oder verlorene Tasks fortsetzen</translation>
    </message>
    <message>
        <source>Collect results</source>
        <translation>Ergebnisse zusammenführen</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(Exit-Code %1)</translation>
    </message>
    <message>
        <source>Protocol tasks</source>
        <translation>Protokoll-Tasks</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::PrototypeUsageChart</name>
    <message>
        <source>Prototype</source>
        <translation>Prototyp</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Bank patches whose nearest prototype is each prototype. Sinkhorn K-means gives every prototype the same share of mass, so the bars are roughly even; an empty or dominant prototype suggests another K or other images.</source>
        <translation>Patches der Bank, deren nächster Prototyp der jeweilige Prototyp ist. Sinkhorn K-means gibt jedem Prototyp denselben Massenanteil, daher sind die Balken ungefähr gleich hoch; ein leerer oder dominierender Prototyp spricht für ein anderes K oder andere Bilder.</translation>
    </message>
    <message>
        <source>Build or open a memory bank to see how its prototypes are used.</source>
        <translation>Erstellen oder öffnen Sie eine Memory Bank, um zu sehen, wie ihre Prototypen genutzt werden.</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>Sch&amp;icht:</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>This bank keeps all patches (exact nearest neighbour): every patch is its own prototype, so there is no usage to show.</source>
        <translation>Diese Bank behält alle Patches (exakter nächster Nachbar): Jeder Patch ist sein eigener Prototyp, daher gibt es keine Nutzung anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Report on:</source>
        <translation>Bericht über:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>PDF &amp;exportieren...</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Reading the project...</source>
        <translation>Projekt wird gelesen...</translation>
    </message>
    <message>
        <source>The project holds no inspection batch or evaluation yet.</source>
        <translation>Das Projekt enthält noch keinen Prüfstapel und keine Evaluierung.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n page(s).</source>
        <translation>
            <numerusform>Vorschau der ersten Seite.</numerusform>
            <numerusform>Vorschau der ersten %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ReviewViewer</name>
    <message>
        <source>Pixel threshold: regions scoring at or above it are outlined as defects.</source>
        <translation>Pixel-Schwellwert: Regionen mit einem Score ab diesem Wert werden als Defekte umrandet.</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Bild an das Fenster anpassen (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show the image at its actual size (1)</source>
        <translation>Bild in Originalgröße anzeigen (1)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ScanPage</name>
    <message>
        <source>Scanning</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Reading the folder, checking every image and mask, hashing the files.</source>
        <translation>Der Ordner wird gelesen, jedes Bild und jede Maske geprüft und die Dateien gehasht.</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Durchsuchen abbrechen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Train good</source>
        <translation>Training gut</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>Test gut</translation>
    </message>
    <message>
        <source>Test defective</source>
        <translation>Test fehlerhaft</translation>
    </message>
    <message>
        <source>Defect types</source>
        <translation>Defekttypen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>Wird durchsucht...</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>Scan canceled. Go back to choose another folder.</source>
        <translation>Durchsuchen abgebrochen. Gehen Sie zurück, um einen anderen Ordner auszuwählen.</translation>
    </message>
    <message numerus="yes">
        <source>Layout: %1. %n image(s) in %2 class(es); %3 error(s), %4 warning(s).</source>
        <translation>
            <numerusform>Layout: %1. %n Bild in %2 Klasse(n); %3 Fehler, %4 Warnung(en).</numerusform>
            <numerusform>Layout: %1. %n Bilder in %2 Klasse(n); %3 Fehler, %4 Warnung(en).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ScoreHistogram</name>
    <message>
        <source>Image score</source>
        <translation>Bild-Score</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>Image scores: good vs defective</source>
        <translation>Bild-Scores: gut vs. fehlerhaft</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ScoreSparkline</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, falls verfügbar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Models directory</source>
        <translation>Modellverzeichnis</translation>
    </message>
    <message>
        <source>Operator (reports)</source>
        <translation>Bediener (Berichte)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Backbone weights</source>
        <translation>Backbone-Gewichte</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Freed tensor memory kept for the next inference. Saves the operating system&apos;s page faults on large batches; the memory stays reserved by this program.</source>
        <translation>Freigegebener Tensor-Speicher wird für die nächste Inferenz behalten. Spart bei großen Stapeln die Seitenfehler des Betriebssystems; der Speicher bleibt für dieses Programm reserviert.</translation>
    </message>
    <message>
        <source>Tensor memory cache</source>
        <translation>Tensor-Speicher-Cache</translation>
    </message>
    <message>
        <source>fp32 (exact; the default)</source>
        <translation>fp32 (exakt; Standard)</translation>
    </message>
    <message>
        <source>bf16 (faster on CPUs with AVX512_BF16 and on CUDA)</source>
        <translation>bf16 (schneller auf CPUs mit AVX512_BF16 und auf CUDA)</translation>
    </message>
    <message>
        <source>Number format of the backbones&apos; and the training step&apos;s products. bf16 rounds their inputs to 8 significant bits and sums in fp32; scores change slightly (docs/performance.md).</source>
        <translation>Zahlenformat der Produkte der Backbones und des Trainingsschritts. bf16 rundet ihre Eingaben auf 8 signifikante Bits und summiert in fp32; die Scores ändern sich leicht (docs/performance.md).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Rechengenauigkeit</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::TrainingMonitor</name>
    <message>
        <source>No training running.</source>
        <translation>Kein Training läuft.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Ab dem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>source CE</source>
        <translation>Quell-CE</translation>
    </message>
    <message>
        <source>target CE</source>
        <translation>Ziel-CE</translation>
    </message>
    <message>
        <source>target MSE</source>
        <translation>Ziel-MSE</translation>
    </message>
    <message>
        <source>Step / epoch</source>
        <translation>Schritt / Epoche</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Pseudo-label coverage</source>
        <translation>Pseudo-Label-Abdeckung</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>pseudo-label coverage (per epoch)</source>
        <translation>Pseudo-Label-Abdeckung (pro Epoche)</translation>
    </message>
    <message>
        <source>Loading the backbones...</source>
        <translation>Backbones werden geladen...</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training completed. Last checkpoint: %1</source>
        <translation>Training abgeschlossen. Letzter Checkpoint: %1</translation>
    </message>
    <message>
        <source>Training canceled; the last epoch&apos;s checkpoint is kept. Resume continues from it.</source>
        <translation>Training abgebrochen; der Checkpoint der letzten Epoche bleibt erhalten. Fortsetzen setzt dort an.</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Wird nach dem aktuellen Schritt angehalten...</translation>
    </message>
    <message>
        <source>epoch %1/%2 %3: loss %4 (source CE %5, target CE %6, target MSE %7), lr %8, coverage %9%, %10 s</source>
        <translation>Epoche %1/%2 %3: Loss %4 (Quell-CE %5, Ziel-CE %6, Ziel-MSE %7), lr %8, Abdeckung %9%, %10 s</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>source only</source>
        <translation>nur Quelle</translation>
    </message>
    <message>
        <source>ETA %1:%2</source>
        <translation>Restzeit %1:%2</translation>
    </message>
    <message>
        <source>Training losses</source>
        <translation>Trainings-Losses</translation>
    </message>
    <message>
        <source>Learning rate and pseudo-label coverage</source>
        <translation>Lernrate und Pseudo-Label-Abdeckung</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message numerus="yes">
        <source>Recorded run: %n epoch(s).</source>
        <translation>
            <numerusform>Aufgezeichneter Lauf: %n Epoche.</numerusform>
            <numerusform>Aufgezeichneter Lauf: %n Epochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::TrainingSettingsForm</name>
    <message>
        <source>paper: 50 epochs, Hiera-huge + ViT-S/14 as the paper. cpu: Hiera-tiny + ViT-S/14 and fewer epochs, so a demo trains in minutes on a CPU.</source>
        <translation>paper: 50 Epochen, Hiera-huge + ViT-S/14 wie im Paper. cpu: Hiera-tiny + ViT-S/14 und weniger Epochen, sodass eine Demo in Minuten auf einer CPU trainiert.</translation>
    </message>
    <message>
        <source>Frozen Hiera backbone: a variant (hiera_tiny_224 ... hiera_huge_224), a registry name, a .safetensors file, or random:&lt;variant&gt;[:seed] (untrained).</source>
        <translation>Eingefrorenes Hiera-Backbone: eine Variante (hiera_tiny_224 ... hiera_huge_224), ein Registry-Name, eine .safetensors-Datei oder random:&lt;variant&gt;[:seed] (untrainiert).</translation>
    </message>
    <message>
        <source>Frozen DINOv2 backbone (method.md 1.3); default ViT-S/14, d_dino = 384, as the paper.</source>
        <translation>Eingefrorenes DINOv2-Backbone (method.md 1.3); Standard ViT-S/14, d_dino = 384, wie im Paper.</translation>
    </message>
    <message>
        <source>Input size S: a multiple of 32 (Hiera&apos;s stride); default 224.</source>
        <translation>Eingabegröße S: ein Vielfaches von 32 (Hieras Stride); Standard 224.</translation>
    </message>
    <message>
        <source>Epochs T = 50 (GPU default). The first 20% train on the source loss only (phase 1), then all terms (phase 2).</source>
        <translation>Epochen T = 50 (GPU-Standard). Die ersten 20% trainieren nur mit dem Quell-Loss (Phase 1), danach mit allen Termen (Phase 2).</translation>
    </message>
    <message>
        <source>Adam, lr 1e-4, linear warm-up over the first 5% of steps then cosine decay to 0.</source>
        <translation>Adam, lr 1e-4, lineares Aufwärmen über die ersten 5% der Schritte, dann Kosinus-Abfall auf 0.</translation>
    </message>
    <message>
        <source>L = L_s + lambda1 L_t_ce + lambda2 L_t_mse; lambda1 weighs the target cross-entropy against the pseudo-labels (default 1).</source>
        <translation>L = L_s + lambda1 L_t_ce + lambda2 L_t_mse; lambda1 gewichtet die Ziel-Kreuzentropie gegenüber den Pseudo-Labels (Standard 1).</translation>
    </message>
    <message>
        <source>lambda2 weighs the augmentation-consistency MSE (default 1).</source>
        <translation>lambda2 gewichtet den Augmentierungs-Konsistenz-MSE (Standard 1).</translation>
    </message>
    <message>
        <source>Pixels whose maximal pseudo-label probability exceeds theta = 0.7 get the arg-max label; the others are ignored.</source>
        <translation>Pixel, deren maximale Pseudo-Label-Wahrscheinlichkeit theta = 0.7 übersteigt, erhalten das Arg-Max-Label; die übrigen werden ignoriert.</translation>
    </message>
    <message>
        <source>Multi-task heads (one per source class)</source>
        <translation>Multi-Task-Köpfe (einer pro Quellklasse)</translation>
    </message>
    <message>
        <source>mtl = true; off: one shared segmentation head for all source classes (the paper&apos;s &quot;without MTL&quot; ablation).</source>
        <translation>mtl = true; aus: ein gemeinsamer Segmentierungskopf für alle Quellklassen (die Ablation &quot;ohne MTL&quot; des Papers).</translation>
    </message>
    <message>
        <source>Pseudo-labels for the target classes</source>
        <translation>Pseudo-Labels für die Zielklassen</translation>
    </message>
    <message>
        <source>pseudo_labels = true; off: train on the source loss only.</source>
        <translation>pseudo_labels = true; aus: nur mit dem Quell-Loss trainieren.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Hiera</source>
        <translation>Hiera</translation>
    </message>
    <message>
        <source>DINOv2</source>
        <translation>DINOv2</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>lambda1 (target CE)</source>
        <translation>lambda1 (Ziel-CE)</translation>
    </message>
    <message>
        <source>lambda2 (consistency MSE)</source>
        <translation>lambda2 (Konsistenz-MSE)</translation>
    </message>
    <message>
        <source>theta (pseudo-label confidence)</source>
        <translation>theta (Pseudo-Label-Konfidenz)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::TrainingWizard</name>
    <message>
        <source>Source and target classes</source>
        <translation>Quell- und Zielklassen</translation>
    </message>
    <message>
        <source>Source classes are labelled (their test images and masks supervise training); target classes are the new products, learned without labels.</source>
        <translation>Quellklassen sind gelabelt (ihre Testbilder und Masken überwachen das Training); Zielklassen sind die neuen Produkte, die ohne Labels gelernt werden.</translation>
    </message>
    <message>
        <source>Draw split</source>
        <translation>Split ziehen</translation>
    </message>
    <message>
        <source>Paper split (source/target):</source>
        <translation>Paper-Split (Quelle/Ziel):</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Defaults follow method.md; hover a field for its meaning.</source>
        <translation>Die Standardwerte folgen method.md; zeigen Sie mit der Maus auf ein Feld, um seine Bedeutung zu sehen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sources: %1
Targets: %2
Backbones: %3 + %4 at %5 px
%6 epochs, batch %7, lr %8; run folder %9</source>
        <translation>Quellen: %1
Ziele: %2
Backbones: %3 + %4 bei %5 px
%6 Epochen, Batch %7, lr %8; Laufordner %9</translation>
    </message>
    <message>
        <source>Measuring this machine&apos;s speed...</source>
        <translation>Geschwindigkeit dieses Rechners wird gemessen...</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messung läuft</translation>
    </message>
    <message>
        <source>Estimated time: about %1 min (%2 s per image for the frozen backbones on this machine, %3 images).</source>
        <translation>Geschätzte Zeit: etwa %1 min (%2 s pro Bild für die eingefrorenen Backbones auf diesem Rechner, %3 Bilder).</translation>
    </message>
    <message>
        <source>No time estimate: %1</source>
        <translation>Keine Zeitschätzung: %1</translation>
    </message>
    <message>
        <source>Train NexViTAD</source>
        <translation>NexViTAD trainieren</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::UntrainedBanner</name>
    <message>
        <source>&lt;b&gt;Untrained backbone.&lt;/b&gt; These results come from seeded random backbone weights: they show how the workstation works, not how well NexViTAD detects defects. Download or import the pretrained weights under Settings &gt; Backbone weights.</source>
        <translation>&lt;b&gt;Untrainiertes Backbone.&lt;/b&gt; Diese Ergebnisse stammen aus zufälligen Backbone-Gewichten mit Seed: sie zeigen, wie die Workstation funktioniert, nicht wie gut NexViTAD Defekte erkennt. Laden Sie die vortrainierten Gewichte unter Einstellungen &gt; Backbone-Gewichte herunter oder importieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ValueTableModel</name>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::WeightsPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected model from the Hugging Face hub; an interrupted download resumes where it stopped.</source>
        <translation>Das ausgewählte Modell vom Hugging Face Hub herunterladen; ein unterbrochener Download wird dort fortgesetzt, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Import from file...</source>
        <translation>Aus Datei importieren...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import backbone weights</source>
        <translation>Backbone-Gewichte importieren</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>safetensors-Dateien (*.safetensors)</translation>
    </message>
    <message>
        <source>Models directory: %1</source>
        <translation>Modellverzeichnis: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>partly downloaded (%1)</source>
        <translation>teilweise heruntergeladen (%1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Canceled. A partial download is kept and resumes next time.</source>
        <translation>Abgebrochen. Ein unvollständiger Download bleibt erhalten und wird beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <source>Downloading %1...</source>
        <translation>%1 wird heruntergeladen...</translation>
    </message>
    <message>
        <source>%1 is already present.</source>
        <translation>%1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2).</source>
        <translation>%1 heruntergeladen (%2).</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation>%1 als %2 importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pretrained backbone weights.&lt;/b&gt; Without Hiera and DINOv2 weights, trainings and memory banks use seeded random (&quot;untrained&quot;) backbones: their results show how the workstation works, not how well NexViTAD detects defects. Download or import the weights below.</source>
        <translation>&lt;b&gt;Keine vortrainierten Backbone-Gewichte.&lt;/b&gt; Ohne Hiera- und DINOv2-Gewichte verwenden Trainings und Memory Banks Backbones mit zufälligen Gewichten aus einem Seed („untrainiert“): Ihre Ergebnisse zeigen, wie die Workstation arbeitet, nicht wie gut NexViTAD Fehler erkennt. Laden Sie die Gewichte unten herunter oder importieren Sie sie.</translation>
    </message>
</context>
</TS>
