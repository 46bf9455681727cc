<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackbonePair</name>
    <message>
        <source>no pretrained weights are known for %1; use random:%1 or a .safetensors file</source>
        <translation>%1 没有已知的预训练权重；请使用 random:%1 或 .safetensors 文件</translation>
    </message>
    <message>
        <source>no weights of %1 are downloaded (nexvitad-cli weights download %2), or use random:%1</source>
        <translation>%1 的权重均未下载（nexvitad-cli weights download %2），或使用 random:%1</translation>
    </message>
</context>
<context>
    <name>BankCli</name>
    <message>
        <source>%1 (%2 x %3 x %4)</source>
        <translation>%1（%2 x %3 x %4）</translation>
    </message>
    <message>
        <source>Memory bank %1: %2 images, layers %3, %4</source>
        <translation>记忆库 %1：%2 张图像，层 %3，%4</translation>
    </message>
    <message>
        <source>all patches (exact nearest neighbour)</source>
        <translation>所有图像块（精确最近邻）</translation>
    </message>
    <message>
        <source>K = %1 prototypes per layer</source>
        <translation>每层 K = %1 个原型</translation>
    </message>
    <message>
        <source>Encoder: %1</source>
        <translation>编码器：%1</translation>
    </message>
    <message>
        <source>untrained (identity adapters)</source>
        <translation>未训练（恒等适配器）</translation>
    </message>
    <message>
        <source>trained, run %1</source>
        <translation>已训练，运行 %1</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>警告：未训练的骨干网络（随机权重）；结果仅供演示。</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>耗时：%1 秒</translation>
    </message>
    <message>
        <source>Builds a memory bank from M good images of a target class: encodes them (trained encoder of a run, or an untrained one) and clusters each layer into K prototypes with Sinkhorn K-means. With --from it edits an existing bank instead: --add encodes only the new images, --remove drops images, then the prototypes are re-clustered.</source>
        <translation>从目标类别的 M 张良品图像构建记忆库：对这些图像编码（使用某次运行的已训练编码器，或未训练的编码器），并用 Sinkhorn K-means 将每一层聚类为 K 个原型。使用 --from 时改为编辑现有记忆库：--add 只编码新图像，--remove 删除图像，然后重新聚类原型。</translation>
    </message>
    <message>
        <source>Training run folder.</source>
        <translation>训练运行文件夹。</translation>
    </message>
    <message>
        <source>Use an untrained encoder (identity adapters).</source>
        <translation>使用未训练的编码器（恒等适配器）。</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>数据集文件夹。</translation>
    </message>
    <message>
        <source>Target class.</source>
        <translation>目标类别。</translation>
    </message>
    <message>
        <source>Good images, chosen at random (default 10).</source>
        <translation>良品图像数，随机选取（默认 10）。</translation>
    </message>
    <message>
        <source>Seed of the image choice and the clustering (default 0).</source>
        <translation>图像选取和聚类的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>The good images instead of a random choice: comma-separated, or @file with one per line (relative to --data).</source>
        <translation>指定良品图像而不随机选取：以逗号分隔，或使用 @file 每行一个（相对于 --data）。</translation>
    </message>
    <message>
        <source>Prototypes per layer (default 30).</source>
        <translation>每层原型数（默认 30）。</translation>
    </message>
    <message>
        <source>sinkhorn_kmeans (default) or all_patches.</source>
        <translation>sinkhorn_kmeans（默认）或 all_patches。</translation>
    </message>
    <message>
        <source>Encoder layers (default 1,2,3,4).</source>
        <translation>编码器层（默认 1,2,3,4）。</translation>
    </message>
    <message>
        <source>Untrained encoder: image size S (default 224).</source>
        <translation>未训练的编码器：图像尺寸 S（默认 224）。</translation>
    </message>
    <message>
        <source>Bank to edit.</source>
        <translation>要编辑的记忆库。</translation>
    </message>
    <message>
        <source>With --from: images to add.</source>
        <translation>与 --from 一起使用：要添加的图像。</translation>
    </message>
    <message>
        <source>With --from: image names (or SHA-256) to remove.</source>
        <translation>与 --from 一起使用：要删除的图像名称（或 SHA-256）。</translation>
    </message>
    <message>
        <source>Bank file to write.</source>
        <translation>要写入的记忆库文件。</translation>
    </message>
    <message>
        <source>Give --out and either --from BANK, or exactly one of --run and --untrained with --class and --data (or --images).</source>
        <translation>请指定 --out，以及 --from BANK，或者 --run 和 --untrained 中的恰好一个并同时指定 --class 和 --data（或 --images）。</translation>
    </message>
    <message>
        <source>the bank holds no image &quot;%1&quot;</source>
        <translation>记忆库中没有图像“%1”</translation>
    </message>
    <message>
        <source>--prototypes must be sinkhorn_kmeans or all_patches</source>
        <translation>--prototypes 必须是 sinkhorn_kmeans 或 all_patches</translation>
    </message>
    <message>
        <source>Recorded in the project %1: memory bank %2 (model %3)</source>
        <translation>已记录到项目 %1：记忆库 %2（模型 %3）</translation>
    </message>
</context>
<context>
    <name>BankWork</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>The memory bank holds no image with SHA-256 %1.</source>
        <translation>记忆库中没有 SHA-256 为 %1 的图像。</translation>
    </message>
</context>
<context>
    <name>BatchWork</name>
    <message>
        <source>Reading images</source>
        <translation>正在读取图像</translation>
    </message>
</context>
<context>
    <name>BenchCli</name>
    <message>
        <source>--%1 must be a positive integer.</source>
        <translation>--%1 必须是正整数。</translation>
    </message>
    <message>
        <source>Hiera variant, or &quot;none&quot; (default %1).</source>
        <translation>Hiera 变体，或 &quot;none&quot;（默认 %1）。</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANT</translation>
    </message>
    <message>
        <source>DINOv2 variant, or &quot;none&quot; (default %1).</source>
        <translation>DINOv2 变体，或 &quot;none&quot;（默认 %1）。</translation>
    </message>
    <message>
        <source>Image side (default 224).</source>
        <translation>图像边长（默认 224）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this batch size (default: 1 and 10).</source>
        <translation>仅使用此批大小（默认：1 和 10）。</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Timed runs per batch size (default %1).</source>
        <translation>每个批大小的计时运行次数（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Compute threads (default: the setting).</source>
        <translation>计算线程数（默认：按设置）。</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>线程：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Hiera: %1 at %2 px; DINOv2: %3 at %4 px</source>
        <translation>Hiera：%1，%2 px；DINOv2：%3，%4 px</translation>
    </message>
    <message>
        <source>what      batch   s/image   GFLOP/image   GFLOP/s   ratio to sgemm</source>
        <translation>项目      批大小  秒/图像   GFLOP/图像    GFLOP/s   与 sgemm 之比</translation>
    </message>
    <message>
        <source>Peak RSS: %1 MiB</source>
        <translation>峰值 RSS：%1 MiB</translation>
    </message>
    <message>
        <source>Frozen Hiera + DINOv2 forward speed and memory</source>
        <translation>冻结的 Hiera + DINOv2 前向速度和内存</translation>
    </message>
    <message>
        <source>Seconds per training epoch, uncached vs cached</source>
        <translation>每个训练轮次的秒数，未缓存与已缓存对比</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli bench &lt;what&gt; [options]</source>
        <translation>用法：nexvitad-cli bench &lt;what&gt; [options]</translation>
    </message>
    <message>
        <source>Unknown benchmark &quot;%1&quot;.</source>
        <translation>未知的基准测试“%1”。</translation>
    </message>
    <message>
        <source>PDF report of N images: seconds, pages, peak memory</source>
        <translation>N 张图像的 PDF 报告：秒数、页数、峰值内存</translation>
    </message>
    <message>
        <source>Inspection time per image by stage and K; bank build time</source>
        <translation>按阶段和 K 统计的每张图像检测时间；记忆库构建时间</translation>
    </message>
    <message>
        <source>Times the frozen backbones (random weights: speed does not depend on them) at batch 1 and 10: seconds per image (median after warm-up), achieved GFLOP/s (analytic FLOP count), this machine&apos;s sgemm GFLOP/s measured before each timed run, the median of the paired ratios, and the peak resident memory. With --project the run is recorded there as a job.</source>
        <translation>测量冻结骨干网络（随机权重：速度与权重无关）在批量 1 和 10 下的速度：每张图像的秒数（预热后的中位数）、实际 GFLOP/s（按解析公式计算的 FLOP 数）、每次计时运行前测得的本机 sgemm GFLOP/s、成对比值的中位数，以及峰值常驻内存。使用 --project 时，该运行会作为作业记录在项目中。</translation>
    </message>
    <message>
        <source>sgemm: %1 GFLOP/s, median of the measurements before each timed run (range %2-%3; square %4 x %4 sgemm, best of three products; BLAS %5)</source>
        <translation>sgemm：%1 GFLOP/s，每次计时运行前测量值的中位数（范围 %2-%3；%4 x %4 方阵 sgemm，三次乘积取最佳；BLAS %5）</translation>
    </message>
    <message>
        <source>Tensor memory cache: up to %1 MiB; %2 of %3 large allocations reused freed memory</source>
        <translation>张量内存缓存：最多 %1 MiB；%3 次大块分配中有 %2 次复用了已释放的内存</translation>
    </message>
    <message>
        <source>Tensor memory cache: off</source>
        <translation>张量内存缓存：关闭</translation>
    </message>
    <message>
        <source>Hot-folder watcher&apos;s steady-state rate against the backbones&apos; rate</source>
        <translation>热文件夹监视器的稳态速率与骨干网络速率的对比</translation>
    </message>
    <message>
        <source>Banks, inspections and project writes for N minutes: memory and open files must not grow</source>
        <translation>持续 N 分钟的记忆库构建、检测和项目写入：内存和打开的文件不得增长</translation>
    </message>
</context>
<context>
    <name>BenchInspect</name>
    <message>
        <source>Times inspection per image split into feature extraction, scoring and post-processing, for K = 5, 10, 20, 30, 40 and all_patches at batch 1 and 10, and the building of a bank (M = 10, K = 30, 4 layers), on a fresh synthetic class with an untrained encoder (speed does not depend on the weights&apos; values).</source>
        <translation>在批大小 1 和 10 下，针对 K = 5、10、20、30、40 和 all_patches，对每张图像的检测时间计时（分为特征提取、评分和后处理），并对构建记忆库（M = 10，K = 30，4 层）计时；使用全新的合成类别和未训练的编码器（速度与权重的取值无关）。</translation>
    </message>
    <message>
        <source>Image size S (default 224).</source>
        <translation>图像尺寸 S（默认 224）。</translation>
    </message>
    <message>
        <source>K values (default 5,10,20,30,40).</source>
        <translation>K 值（默认 5,10,20,30,40）。</translation>
    </message>
    <message>
        <source>Threads: %1; %2 + %3 at %4 px; untrained encoder</source>
        <translation>线程：%1；%2 + %3，%4 px；未训练的编码器</translation>
    </message>
    <message>
        <source>K            batch  features s/img  scoring s/img  post s/img  (scoring+post)/features  clustering s</source>
        <translation>K            批大小      特征 秒/张     评分 秒/张 后处理 秒/张       (评分+后处理)/特征       聚类 秒</translation>
    </message>
    <message>
        <source>Only time the building of the bank (skip the per-K table).</source>
        <translation>仅对构建记忆库计时（跳过按 K 列出的表格）。</translation>
    </message>
    <message>
        <source>Bank build, M = 10, K = 30, 4 layers: %1 s (encoding about %2 s, clustering %3 s measured alone; loading the encoder, %4 s, not included)</source>
        <translation>构建记忆库，M = 10，K = 30，4 层：%1 秒（编码约 %2 秒，聚类单独测得 %3 秒；加载编码器的 %4 秒未计入）</translation>
    </message>
    <message>
        <source>layer %1 (%2 x %3 patches): %4 s, %5 outer iterations%6, %7 Sinkhorn iterations, last move %8</source>
        <translation>层 %1（%2 x %3 个图像块）：%4 秒，%5 次外层迭代%6，%7 次 Sinkhorn 迭代，最后一次移动 %8</translation>
    </message>
    <message>
        <source> (converged)</source>
        <translation> （已收敛）</translation>
    </message>
</context>
<context>
    <name>BenchReport</name>
    <message>
        <source>Builds a temporary project with N inspections of synthetic defective images (each with a heat map and a ground-truth mask), writes their PDF report and prints the seconds, pages, file size and the peak resident memory (VmHWM) before and after.</source>
        <translation>创建一个包含 N 次合成缺陷图像检测的临时项目（每张图像带热力图和真值掩膜），写出其 PDF 报告，并打印耗时、页数、文件大小以及写报告前后的峰值常驻内存（VmHWM）。</translation>
    </message>
    <message>
        <source>Inspections in the batch (default 1000).</source>
        <translation>批次中的检测数（默认 1000）。</translation>
    </message>
    <message>
        <source>Image side in pixels (default 256).</source>
        <translation>图像边长，单位像素（默认 256）。</translation>
    </message>
    <message>
        <source>--images must be at least 1 and --size 32..1024.</source>
        <translation>--images 至少为 1，--size 须在 32..1024 之间。</translation>
    </message>
    <message>
        <source>Writing %1 synthetic images</source>
        <translation>正在写入 %1 张合成图像</translation>
    </message>
    <message>
        <source>Images: %1 (%2 x %2 px), image tiles: %3</source>
        <translation>图像：%1（%2 x %2 像素），图像块：%3</translation>
    </message>
    <message>
        <source>Report: %1 pages, %2 MiB, %3 s (%4 s per page)</source>
        <translation>报告：%1 页，%2 MiB，%3 秒（每页 %4 秒）</translation>
    </message>
    <message>
        <source>Peak RSS: %1 MiB before the report, %2 MiB after it</source>
        <translation>峰值 RSS：报告前 %1 MiB，报告后 %2 MiB</translation>
    </message>
</context>
<context>
    <name>BenchSoak</name>
    <message>
        <source>Repeats bank building, inspection and project writes in one process and watches its resident memory and open file descriptors: after a warm-up (the first fifth of the rounds) neither may grow. Prints a sample a minute and the trend; exit code 1 when either grows. Untrained encoder on a fresh synthetic class; Ctrl-C ends early with the trend so far.</source>
        <translation>在一个进程中重复构建记忆库、检测和写入项目，并监视其常驻内存和打开的文件描述符：预热（前五分之一轮次）之后二者都不得增长。每分钟打印一次采样和趋势；任一增长时退出码为 1。在新的合成类别上使用未训练的编码器；Ctrl-C 提前结束并给出目前的趋势。</translation>
    </message>
    <message>
        <source>How long to run (default 10).</source>
        <translation>运行时长（默认 10）。</translation>
    </message>
    <message>
        <source>Stop after this many rounds instead.</source>
        <translation>改为在这么多轮后停止。</translation>
    </message>
    <message>
        <source>Image size S (default 128).</source>
        <translation>图像尺寸 S（默认 128）。</translation>
    </message>
    <message>
        <source>Prototypes per layer (default 10).</source>
        <translation>每层原型数（默认 10）。</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>Soak: %1; threads %2; hiera_tiny_224 + vit_small_patch14_dinov2 at %3 px, untrained encoder. A round: bank of %4 images (K = %5) built, saved and recorded; %6 images inspected, maps and overlays written, inspections recorded in a project.</source>
        <translation>长时测试：%1；线程 %2；hiera_tiny_224 + vit_small_patch14_dinov2，%3 px，未训练的编码器。每轮：用 %4 张图像（K = %5）构建、保存并记录记忆库；检测 %6 张图像，写出热图和叠加图，并在项目中记录检测。</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>  minute  rounds   RSS MiB  open files</source>
        <translation>  分钟    轮次     RSS MiB  打开的文件</translation>
    </message>
    <message>
        <source>%1 rounds in %2 min, the first %3 warm-up; peak RSS %4 MiB</source>
        <translation>%2 分钟内 %1 轮，前 %3 轮为预热；RSS 峰值 %4 MiB</translation>
    </message>
    <message>
        <source>Too few rounds after the warm-up for a verdict: run longer.</source>
        <translation>预热后的轮次太少，无法判断：请运行更长时间。</translation>
    </message>
    <message>
        <source>RSS after warm-up %1 MiB, at the end %2 MiB (%3 MiB; slope %4 MiB/h); open files %5 -&gt; %6: %7</source>
        <translation>预热后 RSS %1 MiB，结束时 %2 MiB（%3 MiB；斜率 %4 MiB/h）；打开的文件 %5 -&gt; %6：%7</translation>
    </message>
    <message>
        <source>GROWS</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>no growth</source>
        <translation>无增长</translation>
    </message>
</context>
<context>
    <name>BenchTrain</name>
    <message>
        <source>Epochs to time (default 3).</source>
        <translation>计时的轮次数（默认 3）。</translation>
    </message>
    <message>
        <source>Override a training setting (repeatable).</source>
        <translation>覆盖一项训练设置（可重复）。</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>cpu preset, %1 px, batch %2, %3 source + %4 target classes, %5 + %6</source>
        <translation>cpu 预设，%1 px，批大小 %2，%3 个源类别 + %4 个目标类别，%5 + %6</translation>
    </message>
    <message>
        <source>epoch %1: %2 s (features %3 s, cache %4 hits / %5 misses), loss %6</source>
        <translation>轮次 %1：%2 秒（特征 %3 秒，缓存 %4 次命中 / %5 次未命中），损失 %6</translation>
    </message>
    <message>
        <source>first epoch %1 s, later epochs %2 s on average, ratio %3</source>
        <translation>首个轮次 %1 秒，之后轮次平均 %2 秒，比值 %3</translation>
    </message>
    <message>
        <source>--peer-sizes: %1 is not a multiple of 32</source>
        <translation>--peer-sizes：%1 不是 32 的倍数</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Trains the cpu preset for a few epochs on a freshly written synthetic dataset (4 classes: 3 source, 1 target) and prints the seconds of each epoch, the first (uncached) against the later (cached) ones. With --project the run is recorded there as a job. Then it times the cached training step alone against the same step in Python PyTorch (tools/peer_train_step.py; needs Debian&apos;s python3-torch) at 128 and 224 px.</source>
        <translation>在新写出的合成数据集（4 个类别：3 个源类别，1 个目标类别）上用 cpu 预设训练几个轮次，并打印每个轮次的秒数：第一个（无缓存）对比后续的（有缓存）。使用 --project 时，该运行作为作业记录在项目中。然后在 128 和 224 px 下，单独测量有缓存的训练步骤，并与 Python PyTorch 中的同一步骤（tools/peer_train_step.py；需要 Debian 的 python3-torch）对比。</translation>
    </message>
    <message>
        <source>Skip the epochs: only the cached step against PyTorch.</source>
        <translation>跳过训练轮次：只对比有缓存的步骤与 PyTorch。</translation>
    </message>
    <message>
        <source>Skip the comparison with PyTorch.</source>
        <translation>跳过与 PyTorch 的对比。</translation>
    </message>
    <message>
        <source>Image sizes of the PyTorch comparison (default 128,224).</source>
        <translation>PyTorch 对比的图像尺寸（默认 128,224）。</translation>
    </message>
    <message>
        <source>Timed steps per side and round (default 5).</source>
        <translation>每方每轮计时的步数（默认 5）。</translation>
    </message>
    <message>
        <source>Rounds of ours-then-PyTorch (default 3).</source>
        <translation>先我方后 PyTorch 的轮数（默认 3）。</translation>
    </message>
    <message>
        <source>Keep the peer script and the step files in this folder (to rerun the peer by hand).</source>
        <translation>将对比脚本和步骤文件保留在此文件夹中（以便手动重新运行对比）。</translation>
    </message>
</context>
<context>
    <name>BenchTrainPeer</name>
    <message>
        <source>cannot write the PyTorch peer script</source>
        <translation>无法写出 PyTorch 对比脚本</translation>
    </message>
    <message>
        <source>unexpected output of the PyTorch peer: %1</source>
        <translation>PyTorch 对比的输出不符合预期：%1</translation>
    </message>
    <message>
        <source>--no-peer</source>
        <translation>--no-peer</translation>
    </message>
    <message>
        <source>Cached training step (loss, backward, Adam) against PyTorch: %1 threads, batch %2, joint phase, median of %3 steps x %4 rounds, ours and the peer back to back</source>
        <translation>有缓存的训练步骤（损失、反向传播、Adam）对比 PyTorch：%1 线程，批量 %2，联合阶段，%3 步 x %4 轮的中位数，我方与对比方紧接着运行</translation>
    </message>
    <message>
        <source>PyTorch peer skipped: %1</source>
        <translation>已跳过 PyTorch 对比：%1</translation>
    </message>
    <message>
        <source>%1 px: ours in bf16 %2 s/step (rounds %3), in fp32 %4 s/step (rounds %5), bf16/fp32 %6</source>
        <translation>%1 px：我方 bf16 %2 秒/步（各轮 %3），fp32 %4 秒/步（各轮 %5），bf16/fp32 %6</translation>
    </message>
    <message>
        <source>%1 px: ours %2 s/step (rounds %3)</source>
        <translation>%1 px：我方 %2 秒/步（各轮 %3）</translation>
    </message>
    <message>
        <source>%1 px: ours %2 s/step (rounds %3), PyTorch %4 s/step (rounds %5), ratio ours/PyTorch %6 (target &lt;= 0.8)</source>
        <translation>%1 px：我方 %2 秒/步（各轮 %3），PyTorch %4 秒/步（各轮 %5），我方/PyTorch 比值 %6（目标 &lt;= 0.8）</translation>
    </message>
</context>
<context>
    <name>BenchWatch</name>
    <message>
        <source>Times the hot-folder watcher in its steady state (images already waiting, after the first batch) on a fresh synthetic class with an untrained encoder, K = 30, recording into a temporary project, and compares it with the backbones&apos; own rate at the same batch size, measured before and after it in this process.</source>
        <translation>在全新的合成类别上，使用未训练的编码器（K = 30）并记录到临时项目中，对热文件夹监视器的稳态（图像已在等待，第一批之后）计时，并与骨干网络在相同批大小下的自身速率进行比较；后者在此进程中于监视器测量之前和之后各测一次。</translation>
    </message>
    <message>
        <source>Image size S (default 224).</source>
        <translation>图像尺寸 S（默认 224）。</translation>
    </message>
    <message>
        <source>The watcher&apos;s batch (default 10).</source>
        <translation>监视器的批大小（默认 10）。</translation>
    </message>
    <message>
        <source>Images dropped in (default 60).</source>
        <translation>放入的图像数（默认 60）。</translation>
    </message>
    <message>
        <source>Do not record into a project.</source>
        <translation>不记录到项目中。</translation>
    </message>
    <message>
        <source>Threads: %1; hiera_tiny_224 + vit_small_patch14_dinov2 at %2 px, untrained encoder, K = 30, batch %3, %4 images per run, %5</source>
        <translation>线程：%1；hiera_tiny_224 + vit_small_patch14_dinov2，%2 px，未训练的编码器，K = 30，批大小 %3，每次运行 %4 张图像，%5</translation>
    </message>
    <message>
        <source>recorded in a project</source>
        <translation>记录到项目中</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>every image passes</source>
        <translation>所有图像均合格</translation>
    </message>
    <message>
        <source>every image flagged (overlays written)</source>
        <translation>所有图像均被标记（已写入叠加图）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>  backbones (bench backbone, batch %1): %2 s/image before, %3 after -&gt; %4 images/s</source>
        <translation>  骨干网络（bench backbone，批大小 %1）：之前 %2 秒/图像，之后 %3 -&gt; %4 张图像/秒</translation>
    </message>
    <message>
        <source>  watcher steady state (%1 images after the first batch): %2 s/image -&gt; %3 images/s</source>
        <translation>  监视器稳态（第一批之后的 %1 张图像）：%2 秒/图像 -&gt; %3 张图像/秒</translation>
    </message>
    <message>
        <source>  per image: encoder %1 s, scoring %2 s, post %3 s, decoding %4 s, map/overlay/CSV %5 s, project %6 s, polling %7 s, other %8 s</source>
        <translation>  每张图像：编码器 %1 秒，评分 %2 秒，后处理 %3 秒，解码 %4 秒，异常图/叠加图/CSV %5 秒，项目 %6 秒，轮询 %7 秒，其他 %8 秒</translation>
    </message>
    <message>
        <source>  inspector alone (decoding, encoder, scoring, post; no files, project or folder): %1 s/image; the watcher adds %2 %</source>
        <translation>  仅检测器（解码、编码器、评分、后处理；无文件、项目或文件夹）：%1 秒/图像；监视器额外增加 %2 %</translation>
    </message>
    <message>
        <source>  watcher rate / backbone rate: %1 (target &gt;= 0.90)</source>
        <translation>  监视器速率 / 骨干网络速率：%1（目标 &gt;= 0.90）</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>无法将图表写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1: drawing it failed.</source>
        <translation>无法将图表写入 %1：绘制失败。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>导出为 PNG...</translation>
    </message>
    <message>
        <source>Export as PDF...</source>
        <translation>导出为 PDF...</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>cannot read the checkpoint: %1</source>
        <translation>无法读取检查点：%1</translation>
    </message>
    <message>
        <source>not a NexViTAD checkpoint (unreadable archive)</source>
        <translation>不是 NexViTAD 检查点（归档不可读）</translation>
    </message>
    <message>
        <source>unsupported checkpoint version %1</source>
        <translation>不支持的检查点版本 %1</translation>
    </message>
    <message>
        <source>not a NexViTAD checkpoint (missing metadata)</source>
        <translation>不是 NexViTAD 检查点（缺少元数据）</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s augmentation random state is damaged</source>
        <translation>检查点中的数据增强随机状态已损坏</translation>
    </message>
    <message>
        <source>the checkpoint holds another model (%1) than this configuration builds (%2)</source>
        <translation>检查点包含的模型（%1）与此配置构建的模型（%2）不同</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s tensors do not fit the model: %1</source>
        <translation>检查点的张量与模型不匹配：%1</translation>
    </message>
</context>
<context>
    <name>CliValues</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 needs at least one number.</source>
        <translation>--%1 至少需要一个数字。</translation>
    </message>
    <message>
        <source>cannot read the list for --%1: %2</source>
        <translation>无法读取 --%1 的列表：%2</translation>
    </message>
    <message>
        <source>--%1 is empty.</source>
        <translation>--%1 为空。</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (auto, cpu or cuda)</source>
        <translation>未知设备“%1”（auto、cpu 或 cuda）</translation>
    </message>
</context>
<context>
    <name>DatasetCmd</name>
    <message>
        <source>Dataset:  %1</source>
        <translation>数据集：  %1</translation>
    </message>
    <message>
        <source>Layout:   %1</source>
        <translation>布局：    %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>清单：    %1</translation>
    </message>
    <message>
        <source>Classes:  %1</source>
        <translation>类别：    %1</translation>
    </message>
    <message>
        <source>Images:   %1 (train/good %2, test/good %3, test defects %4), masks %5</source>
        <translation>图像：    %1（train/good %2，test/good %3，test 缺陷 %4），掩码 %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sizes:    %1</source>
        <translation>尺寸：    %1</translation>
    </message>
    <message>
        <source>Problems: %1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>问题：    %1 个错误，%2 个警告，%3 条提示</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>操作。</translation>
    </message>
    <message>
        <source>The dataset folder.</source>
        <translation>数据集文件夹。</translation>
    </message>
    <message>
        <source>Print the manifest, summary and problems as JSON.</source>
        <translation>以 JSON 格式打印清单、摘要和问题。</translation>
    </message>
    <message>
        <source>auto (default), mvtec, mvtec-class or folder.</source>
        <translation>auto（默认）、mvtec、mvtec-class 或 folder。</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>Refuse images larger than this (default 100).</source>
        <translation>拒绝大于此值的图像（默认 100）。</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Folder layout: the normal images&apos; folder.</source>
        <translation>Folder 布局：正常图像的文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Folder layout: the abnormal images&apos; folder.</source>
        <translation>Folder 布局：异常图像的文件夹。</translation>
    </message>
    <message>
        <source>Folder layout: the masks&apos; folder.</source>
        <translation>Folder 布局：掩码的文件夹。</translation>
    </message>
    <message>
        <source>Folder layout: normal test images&apos; folder.</source>
        <translation>Folder 布局：正常测试图像的文件夹。</translation>
    </message>
    <message>
        <source>Folder layout: the class name (default: the folder&apos;s name).</source>
        <translation>Folder 布局：类别名称（默认：文件夹名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Do not hash the image files (faster; no duplicate check).</source>
        <translation>不对图像文件计算哈希（更快；不检查重复）。</translation>
    </message>
    <message>
        <source>Also decode every image and mask (slow; finds damage inside files).</source>
        <translation>同时解码每张图像和掩码（较慢；可发现文件内部的损坏）。</translation>
    </message>
    <message>
        <source>nexvitad-cli: usage: dataset inspect DIR [--json]</source>
        <translation>nexvitad-cli：用法：dataset inspect DIR [--json]</translation>
    </message>
    <message>
        <source>nexvitad-cli: unknown layout &apos;%1&apos;</source>
        <translation>nexvitad-cli：未知布局“%1”</translation>
    </message>
    <message>
        <source>nexvitad-cli: --max-megapixels needs a positive number</source>
        <translation>nexvitad-cli：--max-megapixels 需要一个正数</translation>
    </message>
    <message>
        <source>Status:   usable</source>
        <translation>状态：    可用</translation>
    </message>
    <message>
        <source>Status:   usable, with errors (the images above were left out)</source>
        <translation>状态：    可用，但有错误（上述图像已被排除）</translation>
    </message>
    <message>
        <source>Status:   nothing usable</source>
        <translation>状态：    没有可用内容</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli dataset inspect DIR [--json] [options]</source>
        <translation>用法：nexvitad-cli dataset inspect DIR [--json] [options]</translation>
    </message>
    <message>
        <source>nexvitad-cli: usage: dataset inspect DIR [--json] [options]; see &apos;nexvitad-cli dataset inspect --help&apos;</source>
        <translation>nexvitad-cli：用法：dataset inspect DIR [--json] [options]；参见“nexvitad-cli dataset inspect --help”</translation>
    </message>
    <message>
        <source>dataset inspect DIR: reads a dataset folder (MVTec AD, one MVTec AD class, or the Folder layout) without changing it, and prints the classes, the image counts per split and every problem found. Exit code 0: usable; 1: usable, some images left out because of errors; 2: nothing usable. With --project a usable dataset is registered in the project (once: the same folder with the same files is found again) and the run is recorded as a job.</source>
        <translation>dataset inspect DIR：读取数据集文件夹（MVTec AD、单个 MVTec AD 类别或 Folder 布局）而不做更改，并打印类别、每个划分的图像数量以及发现的每个问题。退出码 0：可用；1：可用，部分图像因错误被排除；2：没有可用内容。使用 --project 时，可用的数据集会登记到项目中（只登记一次：相同文件夹且文件相同时会找到已有记录），本次运行记录为作业。</translation>
    </message>
    <message>
        <source>registered; %1 error(s) left images out</source>
        <translation>已登记；%1 个错误导致部分图像被排除</translation>
    </message>
    <message>
        <source>nothing usable in %1</source>
        <translation>%1 中没有可用内容</translation>
    </message>
</context>
<context>
    <name>DatasetScan</name>
    <message>
        <source>same content as %1</source>
        <translation>内容与 %1 相同</translation>
    </message>
    <message>
        <source>no usable image is left in the class &apos;%1&apos; (see the errors above)</source>
        <translation>类别“%1”中没有剩余可用的图像（参见上面的错误）</translation>
    </message>
    <message>
        <source>the class &apos;%1&apos; has no test images: it cannot be evaluated</source>
        <translation>类别“%1”没有测试图像：无法对其进行评估</translation>
    </message>
    <message>
        <source>Listing the dataset folders</source>
        <translation>正在列出数据集文件夹</translation>
    </message>
    <message>
        <source>the dataset folder %1 does not exist or is not a folder</source>
        <translation>数据集文件夹 %1 不存在或不是文件夹</translation>
    </message>
    <message>
        <source>unknown dataset layout: expected MVTec AD (&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;), one MVTec AD class (train/, test/), or the Folder layout (good/ and bad/ folders, optional mask/)</source>
        <translation>未知的数据集布局：应为 MVTec AD（&lt;class&gt;/train/good、&lt;class&gt;/test/&lt;defect&gt;、&lt;class&gt;/ground_truth/&lt;defect&gt;）、单个 MVTec AD 类别（train/、test/）或 Folder 布局（good/ 和 bad/ 文件夹，可选 mask/）</translation>
    </message>
    <message>
        <source>Checking images</source>
        <translation>正在检查图像</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels (%4 megapixels), over the limit of %5 megapixels; not decoded</source>
        <translation>%1 为 %2 x %3 像素（%4 百万像素），超过 %5 百万像素的限制；未解码</translation>
    </message>
    <message>
        <source>%1 is a %2 file that this build of OpenCV cannot decode</source>
        <translation>%1 是当前 OpenCV 构建无法解码的 %2 文件</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>the defect image has no mask (expected %1)</source>
        <translation>缺陷图像没有掩码（应为 %1）</translation>
    </message>
    <message>
        <source>the mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>the mask is %1 x %2 pixels but its image %3 is %4 x %5</source>
        <translation>掩码为 %1 x %2 像素，但其图像 %3 为 %4 x %5</translation>
    </message>
    <message>
        <source>the mask of a defect image marks no pixel as defective</source>
        <translation>缺陷图像的掩码未将任何像素标记为缺陷</translation>
    </message>
    <message>
        <source>no normal-image folder (good/, normal/, ok/) found</source>
        <translation>未找到正常图像文件夹（good/、normal/、ok/）</translation>
    </message>
    <message>
        <source>no normal-test folder: the last %1 of the %2 normal images (by name) are used as test/good</source>
        <translation>没有正常测试文件夹：%2 张正常图像中（按名称）最后 %1 张用作 test/good</translation>
    </message>
    <message>
        <source>not an image (PNG, JPEG, BMP, TIFF); ignored</source>
        <translation>不是图像（PNG、JPEG、BMP、TIFF）；已忽略</translation>
    </message>
    <message>
        <source>no mask folder: defect images have no ground truth (image-level evaluation only)</source>
        <translation>没有掩码文件夹：缺陷图像没有真值（仅进行图像级评估）</translation>
    </message>
    <message>
        <source>the class &apos;%1&apos; has no images</source>
        <translation>类别“%1”没有图像</translation>
    </message>
    <message>
        <source>training images must be good: only train/good is used; this folder is ignored</source>
        <translation>训练图像必须为良品：仅使用 train/good；此文件夹已忽略</translation>
    </message>
    <message>
        <source>not inside a split folder; ignored</source>
        <translation>不在划分文件夹内；已忽略</translation>
    </message>
    <message>
        <source>there is no train/good folder: this class has no good training images</source>
        <translation>没有 train/good 文件夹：此类别没有良品训练图像</translation>
    </message>
    <message>
        <source>not inside a mask folder; ignored</source>
        <translation>不在掩码文件夹内；已忽略</translation>
    </message>
    <message>
        <source>masks for a defect type that has no test/%1 folder; ignored</source>
        <translation>缺陷类型的掩码没有对应的 test/%1 文件夹；已忽略</translation>
    </message>
    <message>
        <source>mask without an image (no test/%1/%2.*); ignored</source>
        <translation>掩码没有对应图像（无 test/%1/%2.*）；已忽略</translation>
    </message>
    <message>
        <source>not part of the MVTec AD layout; ignored</source>
        <translation>不属于 MVTec AD 布局；已忽略</translation>
    </message>
    <message>
        <source>extra file; ignored</source>
        <translation>多余文件；已忽略</translation>
    </message>
    <message>
        <source>the class folder is empty (no train/ or test/ inside)</source>
        <translation>类别文件夹为空（其中没有 train/ 或 test/）</translation>
    </message>
    <message>
        <source>not a class folder (no train/ or test/ inside); ignored</source>
        <translation>不是类别文件夹（其中没有 train/ 或 test/）；已忽略</translation>
    </message>
    <message>
        <source>this folder was already scanned under another name (through a symbolic link); not scanned again</source>
        <translation>此文件夹已以另一名称（通过符号链接）扫描过；不再重复扫描</translation>
    </message>
    <message>
        <source>the folder cannot be read: %1</source>
        <translation>无法读取该文件夹：%1</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8 (undecodable bytes are shown as U+FFFD); it is imported, but other tools may fail on it</source>
        <translation>名称不是有效的 UTF-8（无法解码的字节显示为 U+FFFD）；已导入，但其他工具可能无法处理</translation>
    </message>
    <message>
        <source>the name has non-ASCII characters; it is imported, but some tools and archives mishandle such names</source>
        <translation>名称包含非 ASCII 字符；已导入，但某些工具和归档程序会错误处理此类名称</translation>
    </message>
    <message>
        <source>symbolic link loop: it leads back to a folder already being scanned; not followed</source>
        <translation>符号链接循环：它指回一个正在扫描的文件夹；未跟随</translation>
    </message>
    <message>
        <source>broken symbolic link: its target does not exist; ignored</source>
        <translation>失效的符号链接：其目标不存在；已忽略</translation>
    </message>
    <message>
        <source>cannot be read as an image: not a regular file (a FIFO, socket or device); ignored</source>
        <translation>无法作为图像读取：不是普通文件（FIFO、套接字或设备）；已忽略</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>unexpected folder here; ignored</source>
        <translation>此处出现意外的文件夹；已忽略</translation>
    </message>
</context>
<context>
    <name>DecodeText</name>
    <message>
        <source>cannot decode the image: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
    <message>
        <source>cannot decode the image (missing, unreadable, damaged or not an image)</source>
        <translation>无法解码图像（缺失、不可读、已损坏或不是图像）</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>%1 exists but is not a folder</source>
        <translation>%1 已存在，但不是文件夹</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 不可写</translation>
    </message>
    <message>
        <source>%1 does not exist and cannot be created (%2 is not writable)</source>
        <translation>%1 不存在且无法创建（%2 不可写）</translation>
    </message>
    <message>
        <source>NexViTAD Workstation %1</source>
        <translation>NexViTAD 工作站 %1</translation>
    </message>
    <message>
        <source>Qt:           %1</source>
        <translation>Qt：          %1</translation>
    </message>
    <message>
        <source>LibTorch:     %1</source>
        <translation>LibTorch：    %1</translation>
    </message>
    <message>
        <source>OpenCV:       %1</source>
        <translation>OpenCV：      %1</translation>
    </message>
    <message>
        <source>QCustomPlot:  %1</source>
        <translation>QCustomPlot： %1</translation>
    </message>
    <message>
        <source>QCustomPlot:  not built (UI off)</source>
        <translation>QCustomPlot： 未构建（界面已关闭）</translation>
    </message>
    <message>
        <source>CUDA:         %1</source>
        <translation>CUDA：        %1</translation>
    </message>
    <message>
        <source>yes, %1 device(s)</source>
        <translation>是，%1 个设备</translation>
    </message>
    <message>
        <source>no (CPU only)</source>
        <translation>否（仅 CPU）</translation>
    </message>
    <message>
        <source>Device:       %1 (setting: %2)</source>
        <translation>设备：        %1（设置：%2）</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Threads:      %1 of %2 cores (setting: %3)</source>
        <translation>线程：        %1 / %2 个核心（设置：%3）</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>BLAS:         %1 GFLOP/s (sgemm %2x%2), %3</source>
        <translation>BLAS：        %1 GFLOP/s（sgemm %2x%2），%3</translation>
    </message>
    <message>
        <source>library unknown</source>
        <translation>库未知</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Models:       %1%2</source>
        <translation>模型：        %1%2</translation>
    </message>
    <message>
        <source> (unusable)</source>
        <translation>（不可用）</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Status:       usable</source>
        <translation>状态：        可用</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Weights:      %1: %2</source>
        <translation>权重：        %1：%2</translation>
    </message>
    <message>
        <source>Weights:      none present (demos use seeded random &quot;untrained&quot; backbones; see &apos;nexvitad-cli weights&apos;)</source>
        <translation>权重：        无（演示使用带种子的随机“未训练”骨干网络；参见“nexvitad-cli weights”）</translation>
    </message>
    <message>
        <source>Checks versions, devices, threads, BLAS speed and backbone weights. Exit code 0 when the engine can run here. Takes no --project: it looks at this machine, not at a project, and changes nothing.</source>
        <translation>检查版本、设备、线程、BLAS 速度和骨干网络权重。引擎可在本机运行时退出码为 0。不接受 --project：它检查的是本机而不是项目，并且不做任何更改。</translation>
    </message>
    <message>
        <source>Precision:    %1 (CPU bf16: %2)</source>
        <translation>计算精度：    %1（CPU bf16：%2）</translation>
    </message>
    <message>
        <source>yes, AVX512_BF16</source>
        <translation>支持，AVX512_BF16</translation>
    </message>
</context>
<context>
    <name>EngineOptions</name>
    <message>
        <source>auto, cpu or cuda (default: the setting).</source>
        <translation>auto、cpu 或 cuda（默认：按设置）。</translation>
    </message>
    <message>
        <source>Hiera weights: random:&lt;variant&gt;[:seed], a model name or a .safetensors file.</source>
        <translation>Hiera 权重：random:&lt;变体&gt;[:种子]、模型名称或 .safetensors 文件。</translation>
    </message>
    <message>
        <source>Hiera weights: random:&lt;variant&gt;[:seed], a model name or a .safetensors file (default %1).</source>
        <translation>Hiera 权重：random:&lt;变体&gt;[:种子]、模型名称或 .safetensors 文件（默认 %1）。</translation>
    </message>
    <message>
        <source>DINOv2 weights, same syntax.</source>
        <translation>DINOv2 权重，语法相同。</translation>
    </message>
    <message>
        <source>DINOv2 weights, same syntax (default %1).</source>
        <translation>DINOv2 权重，语法相同（默认 %1）。</translation>
    </message>
</context>
<context>
    <name>EvalCli</name>
    <message>
        <source>Memory bank file.</source>
        <translation>记忆库文件。</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>数据集文件夹。</translation>
    </message>
    <message>
        <source>Class to evaluate on.</source>
        <translation>要评估的类别。</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>要写入的 JSON 文件。</translation>
    </message>
    <message>
        <source>memory_bank (default) or decoder.</source>
        <translation>memory_bank（默认）或 decoder。</translation>
    </message>
    <message>
        <source>Also write every test image&apos;s map and overlay into this folder.</source>
        <translation>同时将每张测试图像的异常图和叠加图写入此文件夹。</translation>
    </message>
    <message>
        <source>Store the F1-optimal thresholds in the bank.</source>
        <translation>将 F1 最优阈值保存到记忆库中。</translation>
    </message>
    <message>
        <source>Review band half-width relative to the image threshold (default 0.1; 0: no band).</source>
        <translation>复核区间相对于图像阈值的半宽（默认 0.1；0：无区间）。</translation>
    </message>
    <message>
        <source>Give --bank, --data and --class.</source>
        <translation>请指定 --bank、--data 和 --class。</translation>
    </message>
    <message>
        <source>--review-margin must be a number from 0 to below 1</source>
        <translation>--review-margin 必须是不小于 0 且小于 1 的数</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Class %1: %2 test images, inference %3%4</source>
        <translation>类别 %1：%2 张测试图像，推理 %3%4</translation>
    </message>
    <message>
        <source> (UNTRAINED BACKBONE: random weights, demonstration only)</source>
        <translation> （未训练的骨干网络：随机权重，仅供演示）</translation>
    </message>
    <message>
        <source>no threshold can be chosen: the test set has no defective image</source>
        <translation>无法选择阈值：测试集中没有缺陷图像</translation>
    </message>
    <message>
        <source>Saved in the bank: image threshold %1 (review band %2 .. %3), pixel threshold %4; chosen on this labelled set.</source>
        <translation>已保存到记忆库：图像阈值 %1（复核区间 %2 .. %3），像素阈值 %4；基于此带标注的数据集选定。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Recorded in the project %1: evaluation %2 (memory bank %3)</source>
        <translation>已记录到项目 %1：评估 %2（记忆库 %3）</translation>
    </message>
    <message>
        <source>Evaluates a memory bank on the labelled test images of a class: pixel AUROC, AP, AUPRO@0.3, F1-max, image AUROC, AP, F1-max and mIoU at the bank&apos;s pixel threshold. --save-thresholds stores the F1-optimal thresholds found here in the bank, with a review band of +/- --review-margin around the image threshold, and the good test images&apos; scores as the reference of the drift monitor.</source>
        <translation>在某类别带标注的测试图像上评估记忆库：像素 AUROC、AP、AUPRO@0.3、F1-max，图像 AUROC、AP、F1-max，以及记忆库像素阈值下的 mIoU。--save-thresholds 将此处找到的 F1 最优阈值保存到记忆库中，并在图像阈值周围设置 +/- --review-margin 的复核区间，同时保存良品测试图像的分数，作为漂移监控的参考。</translation>
    </message>
    <message>
        <source>Inspecting the test images</source>
        <translation>正在检测测试图像</translation>
    </message>
</context>
<context>
    <name>ExplainCli</name>
    <message>
        <source>--%1 needs X,Y in the image&apos;s pixels.</source>
        <translation>--%1 需要图像像素坐标 X,Y。</translation>
    </message>
    <message>
        <source>--%1 needs X,Y,W,H in the image&apos;s pixels (W and H at least 1).</source>
        <translation>--%1 需要图像像素坐标 X,Y,W,H（W 和 H 至少为 1）。</translation>
    </message>
    <message>
        <source>Explanation by retrieval: for a pixel (--at) or region (--region) of an image, the nearest normal patches of the memory bank per layer. Writes a side-by-side picture (the image&apos;s patch beside the bank&apos;s nearest patches) and, with --json, the explanation as JSON. Coordinates are in the image&apos;s own pixels.</source>
        <translation>基于检索的解释：针对图像的某个像素（--at）或区域（--region），按层给出记忆库中最近的正常图像块。写出一张并排对比图（图像的图像块与记忆库中最近的图像块并排），使用 --json 时还将解释写为 JSON。坐标使用图像自身的像素。</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>图像文件。</translation>
    </message>
    <message>
        <source>Memory bank file.</source>
        <translation>记忆库文件。</translation>
    </message>
    <message>
        <source>The pixel X,Y.</source>
        <translation>像素 X,Y。</translation>
    </message>
    <message>
        <source>The rectangle X,Y,W,H.</source>
        <translation>矩形 X,Y,W,H。</translation>
    </message>
    <message>
        <source>Picture (PNG; default: IMAGE&apos;s name + .explanation.png in the current folder).</source>
        <translation>图片（PNG；默认：IMAGE 的名称 + .explanation.png，位于当前文件夹）。</translation>
    </message>
    <message>
        <source>Explanation as JSON.</source>
        <translation>以 JSON 格式输出解释。</translation>
    </message>
    <message>
        <source>Nearest patches per layer, from distinct bank images (default 3).</source>
        <translation>每层最近的图像块，取自记忆库中不同的图像（默认 3）。</translation>
    </message>
    <message>
        <source>Give --bank, one image and either --at or --region.</source>
        <translation>请指定 --bank、一张图像，以及 --at 或 --region 之一。</translation>
    </message>
    <message>
        <source>The point or region lies outside the %1 x %2 image.</source>
        <translation>该点或区域位于 %1 x %2 图像之外。</translation>
    </message>
    <message>
        <source>  layer %1: cell (%2, %3) -&gt; %4, cell (%5, %6), distance %7</source>
        <translation>  层 %1：单元 (%2, %3) -&gt; %4，单元 (%5, %6)，距离 %7</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>图片：%1</translation>
    </message>
</context>
<context>
    <name>FeaturesCli</name>
    <message>
        <source>Safetensors file with a normalised tensor &quot;input&quot; [1, 3, S, S].</source>
        <translation>包含归一化张量 &quot;input&quot; [1, 3, S, S] 的 safetensors 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Image file (resized to --size, ImageNet normalisation).</source>
        <translation>图像文件（缩放到 --size，ImageNet 归一化）。</translation>
    </message>
    <message>
        <source>Image side, a multiple of 32 (default 224).</source>
        <translation>图像边长，32 的倍数（默认 224）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Give --hiera, --dinov2, --out and exactly one of --input and --image.</source>
        <translation>请指定 --hiera、--dinov2、--out，以及 --input 和 --image 中的恰好一个。</translation>
    </message>
    <message>
        <source>--size must be a positive multiple of 32.</source>
        <translation>--size 必须是 32 的正整数倍。</translation>
    </message>
    <message>
        <source>Hiera:  %1 (%2)</source>
        <translation>Hiera：  %1（%2）</translation>
    </message>
    <message>
        <source>DINOv2: %1 (%2), input %3 px</source>
        <translation>DINOv2： %1（%2），输入 %3 px</translation>
    </message>
    <message>
        <source>Note: untrained backbone (random weights); these features mean nothing.</source>
        <translation>注意：未训练的骨干网络（随机权重）；这些特征没有意义。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Runs Hiera and DINOv2 on one normalised input tensor (or one image) and writes stage1..stage4 (NCHW), dino_patch_tokens ([1, S/14, S/14, D]), dino_cls and input.
Weights: a model name, a .safetensors file or random:&lt;variant&gt;[:seed].
With --project the run is recorded there as a job.</source>
        <translation>在一个归一化输入张量（或一张图像）上运行 Hiera 和 DINOv2，并写出 stage1..stage4（NCHW）、dino_patch_tokens（[1, S/14, S/14, D]）、dino_cls 和 input。
权重：模型名称、.safetensors 文件或 random:&lt;variant&gt;[:seed]。
使用 --project 时，本次运行会作为作业记录在该项目中。</translation>
    </message>
</context>
<context>
    <name>FileSystemCheck</name>
    <message>
        <source>cannot examine the file system of this folder</source>
        <translation>无法检查此文件夹所在的文件系统</translation>
    </message>
    <message>
        <source>this folder is on a network file system (%1): the project store (SQLite, WAL) needs working POSIX locks and shared memory, which network file systems do not give; put the project on a local disk shared by the cluster&apos;s tasks (docs/cluster.md)</source>
        <translation>此文件夹位于网络文件系统上（%1）：项目存储（SQLite、WAL）需要可用的 POSIX 锁和共享内存，而网络文件系统无法提供；请将项目放在集群各任务共享的本地磁盘上（docs/cluster.md）</translation>
    </message>
</context>
<context>
    <name>FilesText</name>
    <message>
        <source>not an anomaly map file (no 2-D tensor &quot;map&quot;)</source>
        <translation>不是异常图文件（没有二维张量“map”）</translation>
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
        <translation>将项目的每个主界面渲染为 &lt;folder&gt; 中的 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>The project the screenshots show (default: the current folder).</source>
        <translation>截图所展示的项目（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>Use this language (e.g. de, zh_CN) instead of the configured one, without saving it.</source>
        <translation>使用此语言（例如 de、zh_CN）代替已配置的语言，且不保存该设置。</translation>
    </message>
</context>
<context>
    <name>ImageDecode</name>
    <message>
        <source>cannot decode the image: the content is not a PNG, JPEG, BMP or TIFF image</source>
        <translation>无法解码图像：内容不是 PNG、JPEG、BMP 或 TIFF 图像</translation>
    </message>
</context>
<context>
    <name>ImageHeaderText</name>
    <message>
        <source>the %1 file is truncated (it ends before its last part)</source>
        <translation>%1 文件被截断（在最后部分之前结束）</translation>
    </message>
    <message>
        <source>the PNG header is damaged or cut short</source>
        <translation>PNG 文件头已损坏或被截断</translation>
    </message>
    <message>
        <source>the PNG colour type is invalid</source>
        <translation>PNG 颜色类型无效</translation>
    </message>
    <message>
        <source>the JPEG has no frame header (damaged or cut short)</source>
        <translation>JPEG 没有帧头（已损坏或被截断）</translation>
    </message>
    <message>
        <source>the BMP header is cut short</source>
        <translation>BMP 文件头被截断</translation>
    </message>
    <message>
        <source>the TIFF header has no image size</source>
        <translation>TIFF 文件头中没有图像尺寸</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the content is not a PNG, JPEG, BMP or TIFF image</source>
        <translation>内容不是 PNG、JPEG、BMP 或 TIFF 图像</translation>
    </message>
</context>
<context>
    <name>InspectCli</name>
    <message>
        <source>Inspects images with a memory bank: writes per image the raw anomaly map (&lt;name&gt;.map.safetensors) and a colour overlay (&lt;name&gt;.overlay.png), and a CSV of image scores and verdicts (pass / review / fail from the bank&apos;s thresholds).</source>
        <translation>使用记忆库检测图像：为每张图像写出原始异常图（&lt;name&gt;.map.safetensors）和彩色叠加图（&lt;name&gt;.overlay.png），并写出包含图像分数和判定（根据记忆库的阈值得出 pass / review / fail）的 CSV 文件。</translation>
    </message>
    <message>
        <source>Image files or folders.</source>
        <translation>图像文件或文件夹。</translation>
    </message>
    <message>
        <source>Memory bank file.</source>
        <translation>记忆库文件。</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>输出文件夹。</translation>
    </message>
    <message>
        <source>CSV file (default: OUT/inspection.csv).</source>
        <translation>CSV 文件（默认：OUT/inspection.csv）。</translation>
    </message>
    <message>
        <source>memory_bank (default) or decoder.</source>
        <translation>memory_bank（默认）或 decoder。</translation>
    </message>
    <message>
        <source>Images per batch (default 8).</source>
        <translation>每批图像数（默认 8）。</translation>
    </message>
    <message>
        <source>Give --bank, --out and at least one image or folder.</source>
        <translation>请指定 --bank、--out 以及至少一个图像或文件夹。</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>警告：未训练的骨干网络（随机权重）；结果仅供演示。</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>无法创建输出文件夹</translation>
    </message>
    <message>
        <source>Inspected %1 images: %2 pass, %3 review, %4 fail%5</source>
        <translation>已检测 %1 张图像：%2 通过，%3 待复核，%4 不合格%5</translation>
    </message>
    <message>
        <source>, %1 without verdict (the bank has no threshold: run eval --save-thresholds)</source>
        <translation>，%1 张无判定（记忆库没有阈值：请运行 eval --save-thresholds）</translation>
    </message>
    <message>
        <source>Per image: features %1 s, scoring %2 s, post-processing %3 s</source>
        <translation>每张图像：特征 %1 秒，评分 %2 秒，后处理 %3 秒</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>分数：%1</translation>
    </message>
    <message>
        <source>Recorded in the project %1: inspection batch %2</source>
        <translation>已记录到项目 %1：检测批次 %2</translation>
    </message>
    <message>
        <source>Explain every image that does not pass: the nearest normal patches of its map&apos;s maximum, as &lt;name&gt;.explanation.png (and in the project).</source>
        <translation>解释每张不合格的图像：其异常图最大值处最近的正常图像块，保存为 &lt;name&gt;.explanation.png（并记录到项目中）。</translation>
    </message>
    <message>
        <source>Note: no explanations: %1</source>
        <translation>提示：无解释：%1</translation>
    </message>
    <message>
        <source>Inspecting images</source>
        <translation>正在检测图像</translation>
    </message>
</context>
<context>
    <name>ManifestJson</name>
    <message>
        <source>unknown split kind &apos;%1&apos; in a saved manifest</source>
        <translation>已保存的清单中有未知的划分类型“%1”</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; in a saved manifest</source>
        <translation>已保存的清单中有未知的严重程度“%1”</translation>
    </message>
    <message>
        <source>a saved manifest has an image without path or size</source>
        <translation>已保存的清单中有一张图像缺少路径或尺寸</translation>
    </message>
    <message>
        <source>not a NexViTAD dataset manifest (format &apos;nexvitad-manifest-1&apos; expected)</source>
        <translation>不是 NexViTAD 数据集清单（应为格式“nexvitad-manifest-1”）</translation>
    </message>
</context>
<context>
    <name>MetricsTables</name>
    <message>
        <source>Pixel AUROC</source>
        <translation>像素 AUROC</translation>
    </message>
    <message>
        <source>Pixel AP</source>
        <translation>像素 AP</translation>
    </message>
    <message>
        <source>Pixel AUPRO (FPR &lt;= 0.3)</source>
        <translation>像素 AUPRO（FPR &lt;= 0.3）</translation>
    </message>
    <message>
        <source>Pixel F1-max</source>
        <translation>像素 F1-max</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>图像 AUROC</translation>
    </message>
    <message>
        <source>Image AP</source>
        <translation>图像 AP</translation>
    </message>
    <message>
        <source>Image F1-max</source>
        <translation>图像 F1-max</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Defect type</source>
        <translation>缺陷类型</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分数</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>最高分数</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Detection rate</source>
        <translation>检出率</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Evaluation (run / bank / settings)</source>
        <translation>评估（运行 / 记忆库 / 设置）</translation>
    </message>
</context>
<context>
    <name>ProjectCmd</name>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>note: upgraded from schema version %1 (copy kept: %2)</source>
        <translation>提示：已从架构版本 %1 升级（保留的副本：%2）</translation>
    </message>
    <message numerus="yes">
        <source>note: %n interrupted job(s) marked failed</source>
        <translation>
            <numerusform>提示：%n 个被中断的作业已标记为失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n leftover file(s) removed from artifacts/</source>
        <translation>
            <numerusform>提示：已从 artifacts/ 中删除 %n 个残留文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Project:   %1</source>
        <translation>项目：     %1</translation>
    </message>
    <message>
        <source>Folder:    %1</source>
        <translation>文件夹：   %1</translation>
    </message>
    <message>
        <source>Schema:    version %1</source>
        <translation>架构：     版本 %1</translation>
    </message>
    <message>
        <source>Access:    %1</source>
        <translation>访问：     %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Jobs:      %1</source>
        <translation>作业：     %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>OK: database intact, %n artifact(s) present and matching their SHA-256.</source>
        <translation>
            <numerusform>正常：数据库完好，%n 个产物存在且与其 SHA-256 匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Project folders (database + artifacts).
  init DIR               create a new project
  info DIR               what the project holds
  check DIR              full integrity and artifact check
  export DIR ARCHIVE     write the project into one .tar file
  import ARCHIVE DIR     unpack an archive into a new folder</source>
        <translation>项目文件夹（数据库 + 产物）。
  init DIR               创建新项目
  info DIR               项目包含的内容
  check DIR              完整性和产物的全面检查
  export DIR ARCHIVE     将项目写入一个 .tar 文件
  import ARCHIVE DIR     将归档解包到新文件夹</translation>
    </message>
    <message>
        <source>init, info, check, export or import</source>
        <translation>init、info、check、export 或 import</translation>
    </message>
    <message>
        <source>folder and archive</source>
        <translation>文件夹和归档</translation>
    </message>
    <message>
        <source>Project name for init (default: the folder&apos;s name).</source>
        <translation>init 使用的项目名称（默认：文件夹名称）。</translation>
    </message>
    <message>
        <source>Open without changing anything (info, check, export).</source>
        <translation>打开时不做任何更改（info、check、export）。</translation>
    </message>
    <message>
        <source>nexvitad-cli project: expected %1; see --help</source>
        <translation>nexvitad-cli project：需要 %1；参见 --help</translation>
    </message>
    <message>
        <source>%1 and two paths</source>
        <translation>%1 和两个路径</translation>
    </message>
    <message>
        <source>an action and a folder</source>
        <translation>一个操作和一个文件夹</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2</source>
        <translation>已在 %2 中创建项目“%1”</translation>
    </message>
    <message>
        <source>Imported project &quot;%1&quot; into %2</source>
        <translation>已将项目“%1”导入到 %2</translation>
    </message>
    <message>
        <source>nexvitad-cli project: unknown action &apos;%1&apos;; see --help</source>
        <translation>nexvitad-cli project：未知操作“%1”；参见 --help</translation>
    </message>
    <message>
        <source>Exported %1 files (%2 MiB) to %3</source>
        <translation>已导出 %1 个文件（%2 MiB）到 %3</translation>
    </message>
</context>
<context>
    <name>ProtocolCli</name>
    <message>
        <source>split %1 run %2 (seed %3): target %4; source %5%6
  %7</source>
        <translation>划分 %1 运行 %2（种子 %3）：目标 %4；源 %5%6
  %7</translation>
    </message>
    <message>
        <source> (finished training run reused)</source>
        <translation>（复用已完成的训练运行）</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>数据集文件夹。</translation>
    </message>
    <message>
        <source>Splits, comma-separated, e.g. 11/1,10/2,9/3,8/4.</source>
        <translation>划分，以逗号分隔，例如 11/1,10/2,9/3,8/4。</translation>
    </message>
    <message>
        <source>Runs per split.</source>
        <translation>每个划分的运行次数。</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>输出文件夹。</translation>
    </message>
    <message>
        <source>Base seed; run r uses seed + r (default 0).</source>
        <translation>基础种子；第 r 次运行使用种子 + r（默认 0）。</translation>
    </message>
    <message>
        <source>Prototypes per layer (default 30).</source>
        <translation>每层原型数（默认 30）。</translation>
    </message>
    <message>
        <source>Good images per memory bank (default 10).</source>
        <translation>每个记忆库的良品图像数（默认 10）。</translation>
    </message>
    <message>
        <source>memory_bank (default) or decoder.</source>
        <translation>memory_bank（默认）或 decoder。</translation>
    </message>
    <message>
        <source>No training: banks on an untrained encoder (fast; demonstrations).</source>
        <translation>不训练：在未训练的编码器上构建记忆库（快速；用于演示）。</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>the dataset holds no usable image</source>
        <translation>数据集中没有可用的图像</translation>
    </message>
    <message>
        <source>Written: %1, %2, %3</source>
        <translation>已写入：%1、%2、%3</translation>
    </message>
    <message>
        <source>split %1 run %2: epoch %3/%4, loss %5, %6 s</source>
        <translation>划分 %1 运行 %2：轮次 %3/%4，损失 %5，%6 秒</translation>
    </message>
    <message>
        <source>Runs the paper&apos;s protocol: for each split (sources/targets, e.g. 11/1) and each of R runs (seed + r), draws the classes at random, trains a run into OUT/&lt;S&gt;-&lt;T&gt;/run&lt;r&gt; (a finished run there is reused, an unfinished one resumed), builds a memory bank per target class and evaluates it on that class&apos;s test images. Writes protocol.json, protocol.csv and protocol.md (mean, standard deviation and best per split) into --out. Ablations: --set mtl=false, --set pseudo_labels=false, --inference decoder, --k K. With --engine slurm the runs become one Slurm job array (docs/cluster.md); then: protocol status|resume|collect --project DIR.</source>
        <translation>运行论文的评估协议：对每个划分（源/目标，例如 11/1）和 R 次运行中的每一次（种子 + r），随机抽取类别，将一次运行训练到 OUT/&lt;S&gt;-&lt;T&gt;/run&lt;r&gt;（其中已完成的运行会被复用，未完成的会被恢复），为每个目标类别构建记忆库，并在该类别的测试图像上评估。将 protocol.json、protocol.csv 和 protocol.md（每个划分的均值、标准差和最佳值）写入 --out。消融实验：--set mtl=false、--set pseudo_labels=false、--inference decoder、--k K。使用 --engine slurm 时，各次运行组成一个 Slurm 作业数组（docs/cluster.md）；之后使用：protocol status|resume|collect --project DIR。</translation>
    </message>
    <message>
        <source>local (default: every run here, one after the other) or slurm (one Slurm job array, a task per split and run; needs --project; docs/cluster.md).</source>
        <translation>local（默认：所有运行在本机依次执行）或 slurm（一个 Slurm 作业数组，每个划分和运行一个任务；需要 --project；docs/cluster.md）。</translation>
    </message>
    <message>
        <source>Slurm partition (default: the cluster&apos;s default).</source>
        <translation>Slurm 分区（默认：集群的默认分区）。</translation>
    </message>
    <message>
        <source>Slurm time limit per task, e.g. 2:00:00.</source>
        <translation>每个 Slurm 任务的时间限制，例如 2:00:00。</translation>
    </message>
    <message>
        <source>CPUs per Slurm task (default 1).</source>
        <translation>每个 Slurm 任务的 CPU 数（默认 1）。</translation>
    </message>
    <message>
        <source>Memory per Slurm task, e.g. 8G.</source>
        <translation>每个 Slurm 任务的内存，例如 8G。</translation>
    </message>
    <message>
        <source>One more sbatch option, as it is (repeatable), e.g. --sbatch-arg=--account=lab.</source>
        <translation>额外的 sbatch 选项，原样传递（可重复），例如 --sbatch-arg=--account=lab。</translation>
    </message>
    <message>
        <source>--engine must be local or slurm (got &quot;%1&quot;)</source>
        <translation>--engine 必须是 local 或 slurm（实际为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>the protocol plan&apos;s working folder is not visible here: every node must see the same folders at the same paths</source>
        <translation>评估协议计划的工作文件夹在此处不可见：每个节点都必须在相同路径下看到相同的文件夹</translation>
    </message>
    <message>
        <source>the protocol plan&apos;s command line cannot be read: %1</source>
        <translation>无法读取评估协议计划的命令行：%1</translation>
    </message>
    <message>
        <source>the dataset changed since the protocol was planned; plan it again</source>
        <translation>规划评估协议后数据集已发生变化；请重新规划</translation>
    </message>
    <message>
        <source>warning: Slurm&apos;s queue could not be read (%1); the states come from the project alone</source>
        <translation>警告：无法读取 Slurm 队列（%1）；状态仅来自项目</translation>
    </message>
    <message>
        <source>task %1: split %2 run %3: %4</source>
        <translation>任务 %1：划分 %2 运行 %3：%4</translation>
    </message>
    <message numerus="yes">
        <source> (Slurm %1_%2, %n attempt(s)%3)</source>
        <translation>
            <numerusform> (Slurm %1_%2，%n 次尝试%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1: %2 tasks: %3</source>
        <translation>计划 %1：%2 个任务：%3</translation>
    </message>
    <message>
        <source>Slurm&apos;s queue cannot be read, so it is unknown which tasks still run: nothing was resubmitted (%1)</source>
        <translation>无法读取 Slurm 队列，因此不知道哪些任务仍在运行：未重新提交任何任务（%1）</translation>
    </message>
    <message>
        <source>Plan %1: nothing to resume (every task is done or queued).</source>
        <translation>计划 %1：无可恢复内容（每个任务都已完成或在队列中）。</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: resubmitted %n task(s) as Slurm array job %2.</source>
        <translation>
            <numerusform>计划 %1：已将 %n 个任务作为 Slurm 数组作业 %2 重新提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>plan %1: task(s) %2 have no result yet; see protocol status, and protocol resume for the failed or lost ones</source>
        <translation>计划 %1：任务 %2 尚无结果；请查看 protocol status，并对失败或丢失的任务使用 protocol resume</translation>
    </message>
    <message>
        <source>protocol --engine slurm needs --project DIR: the plan and the tasks&apos; results live in the project</source>
        <translation>protocol --engine slurm 需要 --project DIR：计划和各任务的结果保存在项目中</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n task(s) submitted as Slurm array job %2 (logs in %3).</source>
        <translation>
            <numerusform>计划 %1：已将 %n 个任务作为 Slurm 数组作业 %2 提交（日志位于 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow with: nexvitad-cli protocol status --project %1; when every task is done: nexvitad-cli protocol collect --project %1</source>
        <translation>后续跟踪：nexvitad-cli protocol status --project %1；所有任务完成后：nexvitad-cli protocol collect --project %1</translation>
    </message>
    <message>
        <source>Each task of a protocol plan: done, running, pending, failed (with its error) or lost (ended in Slurm without a result), from the project and squeue.</source>
        <translation>评估协议计划的每个任务：已完成、运行中、等待中、失败（附带错误）或丢失（在 Slurm 中结束但没有结果），信息来自项目和 squeue。</translation>
    </message>
    <message>
        <source>Submits again, as one Slurm job array, only the plan&apos;s tasks that failed or were lost.</source>
        <translation>仅将计划中失败或丢失的任务作为一个 Slurm 作业数组重新提交。</translation>
    </message>
    <message>
        <source>Writes the plan&apos;s protocol.json, protocol.csv and protocol.md from the tasks&apos; results, as the local engine would.</source>
        <translation>根据各任务的结果写出计划的 protocol.json、protocol.csv 和 protocol.md，与本地引擎的输出相同。</translation>
    </message>
    <message>
        <source>Project folder.</source>
        <translation>项目文件夹。</translation>
    </message>
    <message>
        <source>Plan id (default: the latest).</source>
        <translation>计划 ID（默认：最新的）。</translation>
    </message>
    <message>
        <source>Runs one task (split x run) of a protocol plan stored in the project and records its result there. Submitted by protocol --engine slurm as a Slurm array task.</source>
        <translation>运行项目中保存的评估协议计划的一个任务（划分 x 运行），并将其结果记录到项目中。由 protocol --engine slurm 作为 Slurm 数组任务提交。</translation>
    </message>
    <message>
        <source>Plan id.</source>
        <translation>计划 ID。</translation>
    </message>
    <message>
        <source>Task index.</source>
        <translation>任务索引。</translation>
    </message>
    <message>
        <source>the project folder is not visible on %1: every node must see the project at the same path</source>
        <translation>项目文件夹在 %1 上不可见：每个节点都必须在相同路径下看到项目</translation>
    </message>
    <message>
        <source>plan %1 has no task %2</source>
        <translation>计划 %1 没有任务 %2</translation>
    </message>
    <message>
        <source>Plan %1 task %2 is done already: not run again.</source>
        <translation>计划 %1 的任务 %2 已完成：不再重复运行。</translation>
    </message>
    <message>
        <source>Plan %1 task %2 (split %3 run %4) done on %5.</source>
        <translation>计划 %1 的任务 %2（划分 %3 运行 %4）已在 %5 上完成。</translation>
    </message>
    <message>
        <source>Plan %1 task %2 (split %3 run %4) finished on %5, but another copy recorded it first: this result is not counted.</source>
        <translation>计划 %1 的任务 %2（划分 %3 运行 %4）已在 %5 上结束，但另一个副本先记录了结果：此结果不计入。</translation>
    </message>
</context>
<context>
    <name>ProtocolFiles</name>
    <message>
        <source># NexViTAD protocol</source>
        <translation># NexViTAD 评估协议</translation>
    </message>
    <message>
        <source>Dataset %1; %2 runs per split, seeds %3..%4; inference %5, K = %6, M = %7 good images per bank; %8.</source>
        <translation>数据集 %1；每个划分 %2 次运行，种子 %3..%4；推理 %5，K = %6，每个记忆库 M = %7 张良品图像；%8。</translation>
    </message>
    <message>
        <source>untrained encoder (no training)</source>
        <translation>未训练的编码器（不训练）</translation>
    </message>
    <message>
        <source>%1 epochs, mtl %2, pseudo_labels %3</source>
        <translation>%1 个轮次，mtl %2，pseudo_labels %3</translation>
    </message>
    <message>
        <source>**UNTRAINED BACKBONE (random weights)**: these numbers demonstrate the pipeline, not the method.</source>
        <translation>**未训练的骨干网络（随机权重）**：这些数字演示的是流程，而不是方法的效果。</translation>
    </message>
    <message numerus="yes">
        <source>## Split %1 (%n run(s))</source>
        <translation>
            <numerusform>## 划分 %1（%n 次运行）</numerusform>
        </translation>
    </message>
    <message>
        <source>| metric | mean | std | best | runs |</source>
        <translation>| 指标 | 均值 | 标准差 | 最佳 | 运行次数 |</translation>
    </message>
</context>
<context>
    <name>ProtocolRecords</name>
    <message>
        <source>the project has no protocol plan %1</source>
        <translation>项目中没有评估协议计划 %1</translation>
    </message>
    <message>
        <source>the project has no protocol plan (submit one with protocol --engine slurm)</source>
        <translation>项目中没有评估协议计划（请使用 protocol --engine slurm 提交一个）</translation>
    </message>
</context>
<context>
    <name>ProtocolRunner</name>
    <message>
        <source>no output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <source>no split given (e.g. 11/1,10/2)</source>
        <translation>未指定划分（例如 11/1,10/2）</translation>
    </message>
    <message>
        <source>the number of runs must be at least 1 (got %1)</source>
        <translation>运行次数必须至少为 1（得到 %1）</translation>
    </message>
    <message>
        <source>K and the number of bank images must be at least 1</source>
        <translation>K 和记忆库图像数必须至少为 1</translation>
    </message>
    <message>
        <source>inference = decoder needs a trained run: it cannot be combined with --untrained</source>
        <translation>inference = decoder 需要已训练的运行：不能与 --untrained 同时使用</translation>
    </message>
    <message>
        <source>the split %1 is given twice</source>
        <translation>划分 %1 被指定了两次</translation>
    </message>
    <message>
        <source>the split %1 needs at least one source and one target class</source>
        <translation>划分 %1 至少需要一个源类别和一个目标类别</translation>
    </message>
    <message>
        <source>the split %1 needs %2 classes, but the dataset has only %3 (%4)</source>
        <translation>划分 %1 需要 %2 个类别，但数据集只有 %3 个（%4）</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>无法创建输出文件夹</translation>
    </message>
    <message>
        <source>this run folder was trained on another version of the dataset; remove it or choose another output folder</source>
        <translation>此运行文件夹是在另一版本的数据集上训练的；请删除它或选择其他输出文件夹</translation>
    </message>
    <message>
        <source>this run folder was trained on other classes (another seed?); remove it or choose another output folder</source>
        <translation>此运行文件夹是在其他类别上训练的（种子不同？）；请删除它或选择其他输出文件夹</translation>
    </message>
    <message>
        <source>Split %1, run %2: training</source>
        <translation>划分 %1，运行 %2：训练</translation>
    </message>
    <message>
        <source>Split %1, run %2: memory bank and evaluation of %3</source>
        <translation>划分 %1，运行 %2：%3 的记忆库与评估</translation>
    </message>
    <message>
        <source>Writing the results</source>
        <translation>正在写入结果</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Writes the PDF report of an inspection batch or an evaluation of the project: verdict summary, provenance (software, model and backbone weights with SHA-256, memory bank, thresholds and who set them, dataset manifest hash, seeds), metrics and charts, and the failed and review images. The report is also kept in the project.</source>
        <translation>写出项目中某个检测批次或评估的 PDF 报告：判定汇总、溯源信息（软件、模型及带 SHA-256 的骨干网络权重、记忆库、阈值及其设定人、数据集清单哈希、随机种子）、指标和图表，以及不合格和待复核的图像。报告也会保存在项目中。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Page size: a4 (default) or letter.</source>
        <translation>页面尺寸：a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>Language whose script the font must cover, e.g. zh_CN (default: the language setting, else the system&apos;s).</source>
        <translation>字体必须覆盖其文字的语言，例如 zh_CN（默认：语言设置，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Operator shown on the cover (default: the setting).</source>
        <translation>封面上显示的操作员（默认：设置中的值）。</translation>
    </message>
    <message>
        <source>Give --project DIR, --out FILE.pdf and one of --inspection-batch ID or --evaluation ID.</source>
        <translation>请提供 --project DIR、--out FILE.pdf，以及 --inspection-batch ID 或 --evaluation ID 之一。</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper 必须为 a4 或 letter。</translation>
    </message>
    <message>
        <source>Recorded in the project as report %1.</source>
        <translation>已在项目中记录为报告 %1。</translation>
    </message>
    <message>
        <source>--%1 must be a positive id or &quot;latest&quot;.</source>
        <translation>--%1 必须是正整数 ID 或 &quot;latest&quot;。</translation>
    </message>
    <message>
        <source>Report on this inspection batch (an id, or &quot;latest&quot;).</source>
        <translation>报告此检测批次（ID 或 &quot;latest&quot;）。</translation>
    </message>
    <message>
        <source>Report on this evaluation (an id, or &quot;latest&quot;).</source>
        <translation>报告此评估（ID 或 &quot;latest&quot;）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, %3 KiB).</source>
        <translation>已写入 %1（%2 页，%3 KiB）。</translation>
    </message>
    <message>
        <source>The project holds no inspection batch yet.</source>
        <translation>项目中还没有检测批次。</translation>
    </message>
    <message>
        <source>The project holds no evaluation yet.</source>
        <translation>项目中还没有评估。</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <source>the run folder is a file</source>
        <translation>运行文件夹是一个文件</translation>
    </message>
    <message>
        <source>nothing to resume: the run folder holds no checkpoint</source>
        <translation>无可恢复内容：运行文件夹中没有检查点</translation>
    </message>
    <message>
        <source>the run folder already holds a run; resume it or replace it with --force</source>
        <translation>运行文件夹中已有一次运行；请恢复它，或使用 --force 替换它</translation>
    </message>
    <message>
        <source>the run folder cannot be written</source>
        <translation>无法写入运行文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write the training log: %1</source>
        <translation>无法写入训练日志：%1</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>%1 cannot be decoded (damaged data)</source>
        <translation>%1 无法解码（数据已损坏）</translation>
    </message>
</context>
<context>
    <name>ScoringText</name>
    <message>
        <source>The memory bank&apos;s prototypes have %1 channels but the encoder gives %2: the bank was built with another encoder.</source>
        <translation>记忆库原型有 %1 个通道，但编码器输出 %2 个：该记忆库是用其他编码器构建的。</translation>
    </message>
    <message>
        <source>The memory bank has %1 layers but the encoder gives %2.</source>
        <translation>记忆库有 %1 层，但编码器输出 %2 层。</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>The project explorer did not finish listing the project; its screenshot may be incomplete.</source>
        <translation>项目浏览器未完成项目列表加载；其截图可能不完整。</translation>
    </message>
    <message>
        <source>the project has no training run with recorded epochs</source>
        <translation>项目中没有记录了轮次的训练运行</translation>
    </message>
    <message>
        <source>a training is running</source>
        <translation>有训练正在运行</translation>
    </message>
    <message>
        <source>the project has no memory bank</source>
        <translation>项目中没有记忆库</translation>
    </message>
    <message>
        <source>memory bank %1 did not open within %2 s</source>
        <translation>记忆库 %1 未能在 %2 秒内打开</translation>
    </message>
    <message>
        <source>the project has no inspection batch</source>
        <translation>项目中没有检测批次</translation>
    </message>
    <message>
        <source>inspection batch %1 could not be listed</source>
        <translation>无法列出检测批次 %1</translation>
    </message>
    <message>
        <source>the heat map of batch %1 was not rendered within %2 s</source>
        <translation>批次 %1 的热力图未能在 %2 秒内渲染</translation>
    </message>
    <message>
        <source>the project has no evaluation</source>
        <translation>项目中没有评估</translation>
    </message>
    <message>
        <source>evaluation %1 was not shown within %2 s</source>
        <translation>评估 %1 未能在 %2 秒内显示</translation>
    </message>
    <message>
        <source>evaluation %1 cannot be read: %2</source>
        <translation>无法读取评估 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>已跳过 %1：%2。</translation>
    </message>
    <message>
        <source>the project has no dataset</source>
        <translation>项目中没有数据集</translation>
    </message>
    <message>
        <source>The scan of %1 did not succeed; the later import pages are skipped.</source>
        <translation>%1 的扫描未成功；后续导入页面将被跳过。</translation>
    </message>
    <message>
        <source>the dataset %1 could not be scanned</source>
        <translation>无法扫描数据集 %1</translation>
    </message>
    <message>
        <source>the wizard&apos;s class or settings page reports a problem</source>
        <translation>向导的类别页或设置页报告了问题</translation>
    </message>
    <message>
        <source>the project has no inspection batch or evaluation to report on</source>
        <translation>项目中没有可用于报告的检测批次或评估</translation>
    </message>
    <message>
        <source>the report preview was not ready within %1 s</source>
        <translation>报告预览未能在 %1 秒内就绪</translation>
    </message>
    <message>
        <source>Cannot read the project %1: %2</source>
        <translation>无法读取项目 %1：%2</translation>
    </message>
</context>
<context>
    <name>SinkhornText</name>
    <message>
        <source>Cannot make %1 prototypes from %2 patches: choose K between 1 and the number of patches, or add images.</source>
        <translation>无法从 %2 个图像块生成 %1 个原型：请选择介于 1 和图像块数量之间的 K，或添加图像。</translation>
    </message>
</context>
<context>
    <name>Slurm</name>
    <message>
        <source>Slurm&apos;s %1 command is not installed or not on PATH (Debian: apt-get install slurm-client; the cluster engine needs a Slurm cluster)</source>
        <translation>Slurm 的 %1 命令未安装或不在 PATH 中（Debian：apt-get install slurm-client；集群引擎需要 Slurm 集群）</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: is the Slurm controller (slurmctld) reachable?</source>
        <translation>%1 未在 %2 秒内响应：Slurm 控制器（slurmctld）是否可达？</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the Slurm controller cannot be reached, nothing was submitted (%1)</source>
        <translation>无法连接 Slurm 控制器，未提交任何内容（%1）</translation>
    </message>
    <message>
        <source>the Slurm cluster has no partition</source>
        <translation>Slurm 集群没有分区</translation>
    </message>
    <message>
        <source>the Slurm cluster has no partition &quot;%1&quot; (it has: %2)</source>
        <translation>Slurm 集群没有分区 &quot;%1&quot;（现有分区：%2）</translation>
    </message>
    <message>
        <source>the CPUs per task must be at least 1</source>
        <translation>每个任务的 CPU 数必须至少为 1</translation>
    </message>
    <message>
        <source>no task to submit</source>
        <translation>没有要提交的任务</translation>
    </message>
    <message>
        <source>cannot create the folder for the Slurm logs</source>
        <translation>无法创建 Slurm 日志文件夹</translation>
    </message>
    <message>
        <source>sbatch answered something that is not a job id: %1</source>
        <translation>sbatch 返回的内容不是作业 ID：%1</translation>
    </message>
</context>
<context>
    <name>Splits</name>
    <message>
        <source>there is no class &apos;%1&apos; in the dataset (classes: %2)</source>
        <translation>数据集中没有类别“%1”（类别：%2）</translation>
    </message>
    <message>
        <source>the class &apos;%1&apos; is given twice; a class cannot be both source and target</source>
        <translation>类别“%1”被指定了两次；一个类别不能同时是源类别和目标类别</translation>
    </message>
    <message>
        <source>a split needs at least one source and one target class</source>
        <translation>划分至少需要一个源类别和一个目标类别</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a split: write sources/targets, e.g. 11/1 or 8/4</source>
        <translation>“%1”不是划分：请写作 源/目标，例如 11/1 或 8/4</translation>
    </message>
    <message>
        <source>a split needs at least one source and one target class (asked for %1/%2)</source>
        <translation>划分至少需要一个源类别和一个目标类别（请求的是 %1/%2）</translation>
    </message>
    <message>
        <source>a %1/%2 split needs %3 classes, but the dataset has %4</source>
        <translation>%1/%2 划分需要 %3 个类别，但数据集只有 %4 个</translation>
    </message>
    <message>
        <source>%1 (also %2)</source>
        <translation>%1（还有 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation image(s) are also used for training or in the memory bank, which would make the results meaningless: %1</source>
        <translation>
            <numerusform>%n 张评估图像同时用于训练或记忆库，这会使结果失去意义：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepBench</name>
    <message>
        <source>no python3 found (install Debian&apos;s python3-torch for the PyTorch peer)</source>
        <translation>未找到 python3（如需 PyTorch 对比，请安装 Debian 的 python3-torch）</translation>
    </message>
    <message>
        <source>%1 cannot import torch (install Debian&apos;s python3-torch for the PyTorch peer)</source>
        <translation>%1 无法导入 torch（如需 PyTorch 对比，请安装 Debian 的 python3-torch）</translation>
    </message>
    <message>
        <source>the PyTorch peer did not finish within %1 s</source>
        <translation>PyTorch 对比未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the PyTorch peer failed (exit %1): %2</source>
        <translation>PyTorch 对比失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>the PyTorch peer printed nothing: %1</source>
        <translation>PyTorch 对比没有输出：%1</translation>
    </message>
</context>
<context>
    <name>Synth</name>
    <message>
        <source>nexvitad-cli: --%1 needs a non-negative whole number, not &apos;%2&apos;</source>
        <translation>nexvitad-cli：--%1 需要非负整数，而不是“%2”</translation>
    </message>
    <message>
        <source>Folder to write into (required).</source>
        <translation>要写入的文件夹（必需）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Number of classes, 1 to %1 (default %2).</source>
        <translation>类别数，1 到 %1（默认 %2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Image side in pixels (default %1).</source>
        <translation>图像边长，单位为像素（默认 %1）。</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Good training images per class (default %1).</source>
        <translation>每个类别的良品训练图像数（默认 %1）。</translation>
    </message>
    <message>
        <source>Good test images per class (default %1).</source>
        <translation>每个类别的良品测试图像数（默认 %1）。</translation>
    </message>
    <message>
        <source>Test images per class and defect type (default %1).</source>
        <translation>每个类别和缺陷类型的测试图像数（默认 %1）。</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Also write a PNG sheet of samples (one row per class, masks outlined in red).</source>
        <translation>同时写出样本的 PNG 总览图（每个类别一行，掩码以红色勾勒）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write into a non-empty folder, overwriting files of the same names.</source>
        <translation>写入非空文件夹，覆盖同名文件。</translation>
    </message>
    <message>
        <source>nexvitad-cli: synth needs --out DIR</source>
        <translation>nexvitad-cli：synth 需要 --out DIR</translation>
    </message>
    <message>
        <source>nexvitad-cli: --seed needs a non-negative whole number, not &apos;%1&apos;</source>
        <translation>nexvitad-cli：--seed 需要非负整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 already holds this synthetic dataset (%2 images, %3 masks); nothing written.</source>
        <translation>%1 中已有此合成数据集（%2 张图像，%3 个掩码）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote %1 images and %2 masks to %3</source>
        <translation>已将 %1 张图像和 %2 个掩码写入 %3</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Sample sheet: %1</source>
        <translation>样本总览图：%1</translation>
    </message>
    <message>
        <source>Writes a synthetic dataset in the MVTec AD layout (textures and objects with scratches, holes, cracks, stains and missing pieces, each with an exact mask). The same options always give the same files. With --project the run is recorded there as a job and the written dataset is registered.</source>
        <translation>以 MVTec AD 布局写出合成数据集（带有划痕、孔洞、裂纹、污渍和缺块的纹理与物体，每个都带有精确掩码）。相同的选项总是生成相同的文件。使用 --project 时，本次运行会作为作业记录在该项目中，并登记所写入的数据集。</translation>
    </message>
</context>
<context>
    <name>Synthetic</name>
    <message>
        <source>the synthetic dataset has 1 to %1 classes, not %2</source>
        <translation>合成数据集有 1 到 %1 个类别，而不是 %2 个</translation>
    </message>
</context>
<context>
    <name>SyntheticWriter</name>
    <message>
        <source>the image size must be 32 to 1024 pixels, not %1</source>
        <translation>图像尺寸必须为 32 到 1024 像素，而不是 %1</translation>
    </message>
    <message>
        <source>image counts must be 0 to 100000</source>
        <translation>图像数量必须为 0 到 100000</translation>
    </message>
    <message>
        <source>the folder is not empty and does not hold this synthetic dataset (first difference: %1); choose an empty folder, or pass --force to write over it</source>
        <translation>文件夹不为空，且其中不是此合成数据集（第一处差异：%1）；请选择空文件夹，或传入 --force 覆盖写入</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>已存在且不是文件夹</translation>
    </message>
    <message>
        <source>Checking the synthetic dataset</source>
        <translation>正在检查合成数据集</translation>
    </message>
    <message>
        <source>Generating the synthetic dataset</source>
        <translation>正在生成合成数据集</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The input file has no tensor named &quot;input&quot;.</source>
        <translation>输入文件中没有名为 &quot;input&quot; 的张量。</translation>
    </message>
    <message>
        <source>The tensor &quot;input&quot; must have shape [1, 3, S, S].</source>
        <translation>张量 &quot;input&quot; 的形状必须为 [1, 3, S, S]。</translation>
    </message>
    <message>
        <source>The input is %1 px but --size asks for %2.</source>
        <translation>输入为 %1 px，但 --size 要求 %2。</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2, not floating-point numbers.</source>
        <translation>张量 &quot;%1&quot; 的 dtype 为 %2，不是浮点数。</translation>
    </message>
</context>
<context>
    <name>TrainCli</name>
    <message>
        <source>epoch %1/%2 %3  loss %4 (source %5, target ce %6, mse %7)  lr %8  coverage %9  %10 s (features %11 s, cache %12 hits / %13 misses)</source>
        <translation>轮次 %1/%2 %3  损失 %4（源 %5，目标 ce %6，mse %7）  lr %8  覆盖率 %9  %10 秒（特征 %11 秒，缓存 %12 次命中 / %13 次未命中）</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>联合</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Dataset folder.</source>
        <translation>数据集文件夹。</translation>
    </message>
    <message>
        <source>Source classes, comma-separated.</source>
        <translation>源类别，以逗号分隔。</translation>
    </message>
    <message>
        <source>Target classes, comma-separated.</source>
        <translation>目标类别，以逗号分隔。</translation>
    </message>
    <message>
        <source>Run folder to write.</source>
        <translation>要写入的运行文件夹。</translation>
    </message>
    <message>
        <source>Continue the run in --out from its last checkpoint.</source>
        <translation>从 --out 中运行的最后一个检查点继续。</translation>
    </message>
    <message>
        <source>Replace an earlier run in --out.</source>
        <translation>替换 --out 中先前的运行。</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>the dataset holds no usable image</source>
        <translation>数据集中没有可用的图像</translation>
    </message>
    <message>
        <source>Backbones: %1 + %2 on %3</source>
        <translation>骨干网络：%1 + %2，运行于 %3</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>警告：未训练的骨干网络（随机权重）；结果仅供演示。</translation>
    </message>
    <message>
        <source>Done: %1 epochs; checkpoint %2</source>
        <translation>完成：%1 个轮次；检查点 %2</translation>
    </message>
    <message>
        <source>Stopped before the first checkpoint.</source>
        <translation>在第一个检查点之前已停止。</translation>
    </message>
    <message>
        <source>Stopped; the last checkpoint is %1. Continue with the same command and --resume.</source>
        <translation>已停止；最后一个检查点为 %1。使用相同命令加 --resume 继续。</translation>
    </message>
    <message>
        <source>Trains NexViTAD&apos;s adapters, projections and decoder heads on source classes (with masks) and target classes (unlabelled) into a run folder. Ctrl-C stops cleanly; --resume continues from the last checkpoint. With --project the run is recorded in the project: a job, the training run with every epoch&apos;s metrics and, when it finishes, the final checkpoint as a registered model.</source>
        <translation>在源类别（带掩码）和目标类别（无标注）上训练 NexViTAD 的适配器、投影和解码头，结果写入运行文件夹。Ctrl-C 可干净地停止；--resume 从最后一个检查点继续。使用 --project 时，运行会记录在项目中：一个作业、包含每个轮次指标的训练运行，以及完成后作为已登记模型的最终检查点。</translation>
    </message>
    <message>
        <source>Recorded in the project %1: training run %2, model %3</source>
        <translation>已记录到项目 %1：训练运行 %2，模型 %3</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>the checkpoint&apos;s configuration is unreadable</source>
        <translation>检查点中的配置不可读</translation>
    </message>
    <message>
        <source>cannot resume: the checkpoint was made with another configuration (&quot;%1&quot; is %2 there, %3 now)</source>
        <translation>无法恢复：检查点是用其他配置生成的（其中“%1”为 %2，现在为 %3）</translation>
    </message>
    <message>
        <source>cannot resume: the checkpoint was made with other source/target classes</source>
        <translation>无法恢复：检查点是用其他源/目标类别生成的</translation>
    </message>
    <message>
        <source>no backbones to train on</source>
        <translation>没有可用于训练的骨干网络</translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation>正在加载图像</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>第 %1 / %2 轮</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <source>unknown training setting &quot;%1&quot; (known: %2)</source>
        <translation>未知的训练设置“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>not a NexViTAD training configuration (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>不是 NexViTAD 训练配置（&quot;format&quot; 必须为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>unsupported training configuration version %1 (expected %2)</source>
        <translation>不支持的训练配置版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>training setting &quot;%1&quot; has a value of the wrong type</source>
        <translation>训练设置“%1”的值类型错误</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form key=value</source>
        <translation>“%1”不是 key=value 的形式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for training setting &quot;%2&quot;</source>
        <translation>“%1”不是训练设置“%2”的有效值</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (known: %2)</source>
        <translation>未知预设“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>cannot read the training configuration: %1</source>
        <translation>无法读取训练配置：%1</translation>
    </message>
    <message>
        <source>the training configuration is not a JSON object (%1 at byte %2)</source>
        <translation>训练配置不是 JSON 对象（%1，位于字节 %2）</translation>
    </message>
    <message>
        <source>training setting &quot;%1&quot;: %2</source>
        <translation>训练设置“%1”：%2</translation>
    </message>
    <message>
        <source>must be a probability between 0 and 1</source>
        <translation>必须是 0 到 1 之间的概率</translation>
    </message>
    <message>
        <source>must be a non-empty list of positive integers</source>
        <translation>必须是非空的正整数列表</translation>
    </message>
    <message>
        <source>must be a list of %1 positive integers</source>
        <translation>必须是包含 %1 个正整数的列表</translation>
    </message>
    <message>
        <source>must name a Hiera variant</source>
        <translation>必须是 Hiera 变体名称</translation>
    </message>
    <message>
        <source>must name a DINOv2 variant</source>
        <translation>必须是 DINOv2 变体名称</translation>
    </message>
    <message>
        <source>must be a multiple of 32 between 32 and 2048</source>
        <translation>必须是 32 到 2048 之间 32 的倍数</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <source>must be in [0, 1)</source>
        <translation>必须在 [0, 1) 范围内</translation>
    </message>
    <message>
        <source>must be in [0, 1]</source>
        <translation>必须在 [0, 1] 范围内</translation>
    </message>
    <message>
        <source>must be in [0.5, 1)</source>
        <translation>必须在 [0.5, 1) 范围内</translation>
    </message>
    <message>
        <source>must be in (0, 1]</source>
        <translation>必须在 (0, 1] 范围内</translation>
    </message>
    <message>
        <source>must be in [1, 4]</source>
        <translation>必须在 [1, 4] 范围内</translation>
    </message>
    <message>
        <source>must be between 1 and 64</source>
        <translation>必须在 1 到 64 之间</translation>
    </message>
</context>
<context>
    <name>TrainingOptions</name>
    <message>
        <source>cpu or paper (default: cpu).</source>
        <translation>cpu 或 paper（默认：cpu）。</translation>
    </message>
    <message>
        <source>Number of epochs.</source>
        <translation>轮次数。</translation>
    </message>
    <message>
        <source>Override a training setting (repeatable), e.g. --set lambda2=0.5 or --set mtl=false.</source>
        <translation>覆盖一项训练设置（可重复），例如 --set lambda2=0.5 或 --set mtl=false。</translation>
    </message>
</context>
<context>
    <name>TrainingSet</name>
    <message>
        <source>the target pool folder does not exist</source>
        <translation>目标池文件夹不存在</translation>
    </message>
    <message>
        <source>a target pool folder serves exactly one target class, not %1</source>
        <translation>一个目标池文件夹只能服务于一个目标类别，而不是 %1 个</translation>
    </message>
    <message>
        <source>target class &quot;%1&quot; has no training images (train/good or the target pool)</source>
        <translation>目标类别“%1”没有训练图像（train/good 或目标池）</translation>
    </message>
</context>
<context>
    <name>WatchCli</name>
    <message>
        <source>Memory bank file.</source>
        <translation>记忆库文件。</translation>
    </message>
    <message>
        <source>The folder to watch.</source>
        <translation>要监视的文件夹。</translation>
    </message>
    <message>
        <source>Output folder: maps, overlays and line.csv (needed unless --project is given).</source>
        <translation>输出文件夹：异常图、叠加图和 line.csv（未指定 --project 时必需）。</translation>
    </message>
    <message>
        <source>CSV file (default: OUT/line.csv).</source>
        <translation>CSV 文件（默认：OUT/line.csv）。</translation>
    </message>
    <message>
        <source>Move each inspected image into this folder (unreadable ones into its &quot;unreadable&quot; subfolder); default: leave images where they are.</source>
        <translation>将每张已检测的图像移动到此文件夹（不可读的图像移到其 &quot;unreadable&quot; 子文件夹）；默认：图像保留在原处。</translation>
    </message>
    <message>
        <source>Colour overlays for all, flagged (default: not passed) or none of the images.</source>
        <translation>为所有图像、被标记的图像（默认：未合格的图像）生成彩色叠加图，或不生成。</translation>
    </message>
    <message>
        <source>Milliseconds a file&apos;s size and time must stay the same before it counts as written (default 500).</source>
        <translation>文件大小和时间需保持不变多少毫秒才视为写入完成（默认 500）。</translation>
    </message>
    <message>
        <source>Milliseconds between looks at the folder (default 100).</source>
        <translation>两次查看文件夹之间的毫秒数（默认 100）。</translation>
    </message>
    <message>
        <source>At most this many waiting images inspected together (default 8).</source>
        <translation>一次最多一起检测的等待图像数（默认 8）。</translation>
    </message>
    <message>
        <source>Stop after this many images (scripts, tests).</source>
        <translation>处理这么多张图像后停止（用于脚本、测试）。</translation>
    </message>
    <message>
        <source>Stop when no image has arrived for this many seconds (scripts, tests).</source>
        <translation>在这么多秒内没有新图像到达时停止（用于脚本、测试）。</translation>
    </message>
    <message>
        <source>Drift monitor: the last N passing images (default %1).</source>
        <translation>漂移监控：最近 N 张合格图像（默认 %1）。</translation>
    </message>
    <message>
        <source>Drift monitor: warn when the passing images&apos; median or upper quantile moves more than this many standard errors from the reference (default %1; docs/line.md).</source>
        <translation>漂移监控：当合格图像的中位数或上分位数偏离参考值超过这么多个标准误时发出警告（默认 %1；docs/line.md）。</translation>
    </message>
    <message>
        <source>No line per image, only notices and the summary.</source>
        <translation>不逐图像输出行，只输出提示和汇总。</translation>
    </message>
    <message>
        <source>--drift-bound must be a positive number, not &quot;%1&quot;.</source>
        <translation>--drift-bound 必须是正数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1  %2  UNREADABLE  %3</source>
        <translation>%1  %2  不可读  %3</translation>
    </message>
    <message>
        <source>NO VERDICT</source>
        <translation>无判定</translation>
    </message>
    <message>
        <source>%1  %2  score %3  %4  (%5 images/s)</source>
        <translation>%1  %2  分数 %3  %4  (%5 张图像/秒)</translation>
    </message>
    <message>
        <source>Watched: %1 inspected (%2 pass, %3 review, %4 fail, %5 without verdict), %6 unreadable; %7 done before this run.</source>
        <translation>监视结果：已检测 %1 张（%2 合格，%3 待复核，%4 不合格，%5 无判定），%6 张不可读；本次运行前已处理 %7 张。</translation>
    </message>
    <message>
        <source>Hot-folder inspection: judges every image that appears in --in as soon as it is completely written, with a memory bank. Per image: the raw map, an overlay (per --overlays), a CSV line and, with --project, the inspection in the project. The files it has dealt with are remembered (in the project, else in the CSV), so a restart inspects each image once. Runs until Ctrl-C or SIGTERM.</source>
        <translation>热文件夹检测：使用记忆库，对出现在 --in 中的每张图像在其完全写入后立即进行判定。每张图像生成：原始异常图、一张叠加图（按 --overlays）、一行 CSV，使用 --project 时还在项目中记录该次检测。已处理过的文件会被记住（记录在项目中，否则记录在 CSV 中），因此重新启动后每张图像只检测一次。持续运行，直到按下 Ctrl-C 或收到 SIGTERM。</translation>
    </message>
    <message>
        <source>Warning: untrained backbone (random weights); results are for demonstration only.</source>
        <translation>警告：未训练的骨干网络（随机权重）；结果仅供演示。</translation>
    </message>
    <message>
        <source>Warning: the bank has no image threshold, so no image gets a verdict (run eval --save-thresholds).</source>
        <translation>警告：记忆库没有图像阈值，因此任何图像都不会获得判定（请运行 eval --save-thresholds）。</translation>
    </message>
    <message>
        <source>Note: flagged images get no explanation: %1</source>
        <translation>提示：被标记的图像不会获得解释：%1</translation>
    </message>
    <message>
        <source>Watching %1 (%2 images already done). Ctrl-C stops.</source>
        <translation>正在监视 %1（已处理 %2 张图像）。按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <source>DRIFT WARNING raised. %1</source>
        <translation>已触发漂移警告。%1</translation>
    </message>
    <message>
        <source>Drift warning cleared. %1</source>
        <translation>漂移警告已解除。%1</translation>
    </message>
    <message>
        <source>Recorded in the project %1: inspection batch %2</source>
        <translation>已记录到项目 %1：检测批次 %2</translation>
    </message>
    <message>
        <source>stopped by a signal after %1 images</source>
        <translation>处理 %1 张图像后被信号停止</translation>
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
        <translation>列出已知的骨干网络模型及其权重是否存在（文件存在且是该模型架构的有效检查点）。</translation>
    </message>
    <message>
        <source>Models folder: %1</source>
        <translation>模型文件夹：%1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 downloaded; &apos;weights download %2&apos; resumes.</source>
        <translation>已下载 %1；“weights download %2”可继续下载。</translation>
    </message>
    <message>
        <source>A name from &apos;weights list&apos;.</source>
        <translation>来自“weights list”的名称。</translation>
    </message>
    <message>
        <source>Download from a mirror with the Hugging Face layout: URL/&lt;name&gt;/resolve/main/model.safetensors (default: the environment variable NEXVITAD_WEIGHTS_BASE_URL, else huggingface.co).</source>
        <translation>从采用 Hugging Face 布局的镜像下载：URL/&lt;name&gt;/resolve/main/model.safetensors（默认：环境变量 NEXVITAD_WEIGHTS_BASE_URL，否则为 huggingface.co）。</translation>
    </message>
    <message>
        <source>nexvitad-cli weights download: give exactly one model name.</source>
        <translation>nexvitad-cli weights download：请指定恰好一个模型名称。</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;. Run &apos;nexvitad-cli weights list&apos; for the known names.</source>
        <translation>未知模型“%1”。运行“nexvitad-cli weights list”查看已知名称。</translation>
    </message>
    <message>
        <source>Downloading %1 from %2</source>
        <translation>正在从 %2 下载 %1</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command again to resume.</source>
        <translation>部分下载的内容保存在 %1 中；再次运行相同命令可继续下载。</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <source>Resumed after %1.</source>
        <translation>已在 %1 之后继续。</translation>
    </message>
    <message>
        <source>Installed %1 (%2 bytes)</source>
        <translation>已安装 %1（%2 字节）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>The .safetensors file.</source>
        <translation>.safetensors 文件。</translation>
    </message>
    <message>
        <source>The model the file holds (default: recognised from its keys and shapes).</source>
        <translation>该文件包含的模型（默认：根据其键和形状识别）。</translation>
    </message>
    <message>
        <source>nexvitad-cli weights import: give exactly one file.</source>
        <translation>nexvitad-cli weights import：请指定恰好一个文件。</translation>
    </message>
    <message>
        <source>Imported as %1: %2 (%3 bytes)</source>
        <translation>已导入为 %1：%2（%3 字节）</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli weights &lt;list|download|import&gt; [options]</source>
        <translation>用法：nexvitad-cli weights &lt;list|download|import&gt; [options]</translation>
    </message>
    <message>
        <source>Known models and which are present</source>
        <translation>已知模型及其存在情况</translation>
    </message>
    <message>
        <source>Download, verify and install</source>
        <translation>下载、校验并安装</translation>
    </message>
    <message>
        <source>Validate and copy a local file</source>
        <translation>验证并复制本地文件</translation>
    </message>
    <message>
        <source>Run &apos;nexvitad-cli weights &lt;action&gt; --help&apos; for details.</source>
        <translation>运行“nexvitad-cli weights &lt;action&gt; --help”查看详细信息。</translation>
    </message>
    <message>
        <source>nexvitad-cli weights: unknown action &apos;%1&apos;.</source>
        <translation>nexvitad-cli weights：未知操作“%1”。</translation>
    </message>
    <message>
        <source>Downloads a known model&apos;s weights into the models folder (resuming an interrupted download), verifies them and installs them. Ctrl-C stops and keeps the partial file for the next attempt. With --project the run is recorded there as a job, and an installed file in the audit log.</source>
        <translation>将已知模型的权重下载到模型文件夹（可继续中断的下载），校验后安装。Ctrl-C 停止下载，并保留部分文件供下次尝试。使用 --project 时，本次运行会作为作业记录在该项目中，已安装的文件会写入审计日志。</translation>
    </message>
    <message>
        <source>Copies a local safetensors checkpoint into the models folder after checking that it is a valid checkpoint of a known model&apos;s architecture. The file itself is only read. With --project the run is recorded there as a job, and the installed file in the audit log.</source>
        <translation>在确认本地 safetensors 检查点是某个已知模型架构的有效检查点后，将其复制到模型文件夹。文件本身只会被读取。使用 --project 时，本次运行会作为作业记录在该项目中，已安装的文件会写入审计日志。</translation>
    </message>
    <message>
        <source>download and import take --project DIR to record the run in a project.</source>
        <translation>download 和 import 接受 --project 目录，用于将本次运行记录到项目中。</translation>
    </message>
    <message>
        <source>No SHA-256 or exact size is recorded yet for %1 of these %2 models (%3): a download of them is checked only against the hash the server declares (&apos;weights download&apos; prints the installed file&apos;s size and SHA-256). docs/weights.md says how to record them.</source>
        <translation>这 %2 个模型中有 %1 个尚未记录 SHA-256 和确切大小（%3）：下载时只能对照服务器声明的哈希值进行校验（&apos;weights download&apos; 会输出已安装文件的大小和 SHA-256）。如何记录这些值，请参阅 docs/weights.md。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Check this machine: versions, devices, threads, BLAS speed, backbone weights</source>
        <translation>检查本机：版本、设备、线程、BLAS 速度、骨干网络权重</translation>
    </message>
    <message>
        <source>Usage: nexvitad-cli &lt;command&gt; [options]</source>
        <translation>用法：nexvitad-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Run &apos;nexvitad-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;nexvitad-cli &lt;命令&gt; --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <source>nexvitad-cli: unknown command &apos;%1&apos;. Run &apos;nexvitad-cli --help&apos; for the list.</source>
        <translation>nexvitad-cli：未知命令 &apos;%1&apos;。运行 &apos;nexvitad-cli --help&apos; 查看列表。</translation>
    </message>
    <message>
        <source>nexvitad-cli: %1</source>
        <translation>nexvitad-cli：%1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Write the synthetic demo dataset (MVTec layout, with masks)</source>
        <translation>写出合成演示数据集（MVTec 布局，带掩码）</translation>
    </message>
    <message>
        <source>Datasets: inspect DIR (classes, counts, problems)</source>
        <translation>数据集：inspect DIR（类别、数量、问题）</translation>
    </message>
    <message>
        <source>Project folders: init, info, check, export, import</source>
        <translation>项目文件夹：init、info、check、export、import</translation>
    </message>
    <message>
        <source>Backbone weights: list, download NAME, import FILE</source>
        <translation>骨干网络权重：list、download NAME、import FILE</translation>
    </message>
    <message>
        <source>Run Hiera and DINOv2 on one input and write their features (compare with timm)</source>
        <translation>在一个输入上运行 Hiera 和 DINOv2 并写出其特征（用于与 timm 对比）</translation>
    </message>
    <message>
        <source>Speed measurements: bench backbone</source>
        <translation>速度测量：bench backbone</translation>
    </message>
    <message>
        <source>Train adapters, projections and heads into a run folder</source>
        <translation>训练适配器、投影和头，结果写入运行文件夹</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Record this run in the project in &lt;folder&gt;.</source>
        <translation>将此次运行记录到 &lt;folder&gt; 中的项目。</translation>
    </message>
    <message>
        <source>Write the PDF report of an inspection batch or an evaluation</source>
        <translation>写出检测批次或评估的 PDF 报告</translation>
    </message>
    <message>
        <source>Build or edit a memory bank from good images of a target class</source>
        <translation>从目标类别的良品图像构建或编辑记忆库</translation>
    </message>
    <message>
        <source>Anomaly maps, scores and verdicts for images</source>
        <translation>图像的异常图、分数和判定</translation>
    </message>
    <message>
        <source>Metrics of a memory bank on a class&apos;s test images</source>
        <translation>记忆库在某个类别测试图像上的指标</translation>
    </message>
    <message>
        <source>Cannot record this run in the project %1, so nothing was done: %2</source>
        <translation>无法将本次运行记录到项目 %1 中，因此未执行任何操作：%2</translation>
    </message>
    <message>
        <source>another program is writing to the project and did not finish in time; try again when it is done.</source>
        <translation>另一个程序正在写入该项目且未能及时完成；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Registered the dataset in the project %1 as dataset %2.</source>
        <translation>已将数据集登记到项目 %1 中，编号为数据集 %2。</translation>
    </message>
    <message>
        <source>The project %1 already holds this dataset (dataset %2).</source>
        <translation>项目 %1 已包含此数据集（数据集 %2）。</translation>
    </message>
    <message>
        <source>The paper&apos;s protocol: repeated random splits, training, banks, mean / std / best per split</source>
        <translation>论文的评估协议：重复随机划分、训练、记忆库、每个划分的均值 / 标准差 / 最佳值</translation>
    </message>
    <message>
        <source>nexvitad-cli %1: --%2 is required.</source>
        <translation>nexvitad-cli %1：--%2 为必需项。</translation>
    </message>
    <message>
        <source>Explanation by retrieval: the nearest normal patches of the bank for a pixel or region of an image</source>
        <translation>基于检索的解释：针对图像的某个像素或区域，给出记忆库中最近的正常图像块</translation>
    </message>
    <message>
        <source>Hot-folder inspection: judge every image dropped into a folder as soon as it is written</source>
        <translation>热文件夹检测：对放入文件夹的每张图像在写入完成后立即判定</translation>
    </message>
    <message>
        <source>One task of a protocol plan (a Slurm array task runs it; docs/cluster.md)</source>
        <translation>评估协议计划中的一个任务（由 Slurm 数组任务运行；docs/cluster.md）</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>所有命令的选项：</translation>
    </message>
    <message>
        <source>Number format of the backbones&apos; and the training step&apos;s products (default: the setting, fp32). bf16 needs a CPU with AVX512_BF16 or a CUDA device.</source>
        <translation>骨干网络和训练步骤中矩阵乘积的数值格式（默认：设置值，fp32）。bf16 需要支持 AVX512_BF16 的 CPU 或 CUDA 设备。</translation>
    </message>
    <message>
        <source>%1: --precision must be fp32 or bf16, not &apos;%2&apos;.</source>
        <translation>%1：--precision 必须是 fp32 或 bf16，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>nexvitad::Canceled</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
</context>
<context>
    <name>nexvitad::PrecisionText</name>
    <message>
        <source>This CPU has no bfloat16 instructions (AVX512_BF16); use fp32.</source>
        <translation>此 CPU 没有 bfloat16 指令（AVX512_BF16）；请使用 fp32。</translation>
    </message>
    <message>
        <source>This LibTorch was built without oneDNN, which runs bfloat16 products on the CPU; use fp32.</source>
        <translation>此 LibTorch 构建时未包含 oneDNN（它在 CPU 上执行 bfloat16 乘积）；请使用 fp32。</translation>
    </message>
    <message>
        <source>bf16 was asked for, but it cannot run here. %1</source>
        <translation>请求了 bf16，但它无法在此运行。%1</translation>
    </message>
    <message>
        <source>bf16 was asked for on the CPU, but it cannot run there. %1</source>
        <translation>在 CPU 上请求了 bf16，但它无法在 CPU 上运行。%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Bench</name>
    <message>
        <source>Nothing to benchmark: give a Hiera or a DINOv2 variant.</source>
        <translation>没有可测试的内容：请指定 Hiera 或 DINOv2 变体。</translation>
    </message>
    <message>
        <source>The image size must be a positive multiple of 32, not %1.</source>
        <translation>图像尺寸必须是 32 的正整数倍，而不是 %1。</translation>
    </message>
    <message>
        <source>Batch sizes and the number of runs must be positive.</source>
        <translation>批大小和运行次数必须为正数。</translation>
    </message>
    <message>
        <source>Running the backbones</source>
        <translation>正在运行骨干网络</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::DinoV2</name>
    <message>
        <source>DINOv2 needs images [N, 3, H, W] with H and W multiples of %1.</source>
        <translation>DINOv2 需要 [N, 3, H, W] 的图像，且 H 和 W 为 %1 的倍数。</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Features</name>
    <message>
        <source>Give exactly one of an input tensor file and an image.</source>
        <translation>请在输入张量文件和图像中恰好指定一个。</translation>
    </message>
    <message>
        <source>Loading the backbones</source>
        <translation>正在加载骨干网络</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>正在计算特征</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Hiera</name>
    <message>
        <source>Hiera needs images [N, 3, H, W] with H and W multiples of %1.</source>
        <translation>Hiera 需要 [N, 3, H, W] 的图像，且 H 和 W 为 %1 的倍数。</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Loader</name>
    <message>
        <source>Internal error: the %1 module does not have the parameters its checkpoints have.</source>
        <translation>内部错误：%1 模块不具备其检查点中的参数。</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Variants</name>
    <message>
        <source>Unknown %1 variant &quot;%2&quot;. Known: %3.</source>
        <translation>未知的 %1 变体“%2”。已知：%3。</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::Weights</name>
    <message>
        <source>The server resumed at the wrong place (Content-Range: %1).</source>
        <translation>服务器从错误的位置继续传输（Content-Range：%1）。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>服务器响应 HTTP %1 %2。</translation>
    </message>
    <message>
        <source>The server redirected without a valid Location.</source>
        <translation>服务器重定向时没有有效的 Location。</translation>
    </message>
    <message>
        <source>Refusing a redirect from https to %1.</source>
        <translation>拒绝从 https 重定向到 %1。</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>重定向次数过多。</translation>
    </message>
    <message>
        <source>Size mismatch: the server offers %1 bytes, but %2 is recorded as %3 bytes. Nothing was kept.</source>
        <translation>大小不匹配：服务器提供 %1 字节，但 %2 记录为 %3 字节。未保留任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not enough disk space in %1: %2 bytes needed, %3 free.</source>
        <translation>%1 中磁盘空间不足：需要 %2 字节，可用 %3 字节。</translation>
    </message>
    <message>
        <source>The disk is full (%1). The partial download is kept in %2; free some space and run the download again to resume.</source>
        <translation>磁盘已满（%1）。部分下载的内容保存在 %2 中；请释放一些空间后再次运行下载以继续。</translation>
    </message>
    <message>
        <source>The download failed: %1. %2 bytes are kept in %3; run the download again to resume.</source>
        <translation>下载失败：%1。已在 %3 中保留 %2 字节；再次运行下载可继续。</translation>
    </message>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>%1 秒内未收到数据</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes. The partial download is kept in %3; run the download again to resume.</source>
        <translation>连接在收到 %2 字节中的 %1 字节后关闭。部分下载的内容保存在 %3 中；再次运行下载可继续。</translation>
    </message>
    <message>
        <source>Not a usable http(s) URL: %1</source>
        <translation>不是可用的 http(s) URL：%1</translation>
    </message>
    <message>
        <source>Size mismatch: received %1 bytes, but %2 announced %3 bytes. The partial file was deleted; try again.</source>
        <translation>大小不匹配：收到 %1 字节，但 %2 声明为 %3 字节。部分文件已删除；请重试。</translation>
    </message>
    <message>
        <source>Cannot create the models folder.</source>
        <translation>无法创建模型文件夹。</translation>
    </message>
    <message>
        <source>Another download of %1 is running.</source>
        <translation>%1 的另一个下载正在进行。</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>the hub (X-Linked-Size)</source>
        <translation>Hub（X-Linked-Size）</translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation>磁盘已满：%1</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>没有此文件。</translation>
    </message>
    <message>
        <source>The file&apos;s keys and shapes match none of the known models; name the model it holds.</source>
        <translation>文件的键和形状与任何已知模型都不匹配；请指定其包含的模型。</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;. Known models are listed by &apos;nexvitad-cli weights list&apos;.</source>
        <translation>未知模型“%1”。已知模型可通过“nexvitad-cli weights list”列出。</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Size mismatch: got %1 bytes, but %2 is recorded as %3 bytes.</source>
        <translation>大小不匹配：得到 %1 字节，但 %2 记录为 %3 字节。</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, but %2 is recorded as %3.</source>
        <translation>SHA-256 不匹配：得到 %1，但 %2 记录为 %3。</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: got %1, but the server declared %2.</source>
        <translation>SHA-256 不匹配：得到 %1，但服务器声明为 %2。</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <source>Cannot move the file into place: %1</source>
        <translation>无法将文件移动到位：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::WeightsCheck</name>
    <message>
        <source> ... and %1 more</source>
        <translation> ... 以及另外 %1 项</translation>
    </message>
    <message>
        <source>Unknown backbone variant &quot;%1&quot;. Known: %2.</source>
        <translation>未知的骨干网络变体“%1”。已知：%2。</translation>
    </message>
    <message>
        <source>%1: file %2, expected %3</source>
        <translation>%1：文件为 %2，应为 %3</translation>
    </message>
    <message>
        <source>missing keys: %1</source>
        <translation>缺失的键：%1</translation>
    </message>
    <message>
        <source>unexpected keys: %1</source>
        <translation>意外的键：%1</translation>
    </message>
    <message>
        <source>shape mismatches: %1</source>
        <translation>形状不匹配：%1</translation>
    </message>
    <message>
        <source>These weights do not fit %1: %2.</source>
        <translation>这些权重不适用于 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nexvitad::backbones::WeightsSpec</name>
    <message>
        <source>Malformed weights &quot;%1&quot;: write random:&lt;variant&gt; or random:&lt;variant&gt;:&lt;seed&gt;.</source>
        <translation>权重“%1”格式错误：请写作 random:&lt;variant&gt; 或 random:&lt;variant&gt;:&lt;seed&gt;。</translation>
    </message>
    <message>
        <source>Malformed weights &quot;%1&quot;: the seed must be a non-negative integer.</source>
        <translation>权重“%1”格式错误：种子必须是非负整数。</translation>
    </message>
    <message>
        <source>Not a %1 checkpoint of any known variant. The closest is %2: %3</source>
        <translation>不是任何已知变体的 %1 检查点。最接近的是 %2：%3</translation>
    </message>
    <message>
        <source>No %1 weights given.</source>
        <translation>未指定 %1 权重。</translation>
    </message>
    <message>
        <source>%1 is not a %2 model.</source>
        <translation>%1 不是 %2 模型。</translation>
    </message>
    <message>
        <source>The weights %1 are not downloaded yet. Run: nexvitad-cli weights download %1</source>
        <translation>权重 %1 尚未下载。请运行：nexvitad-cli weights download %1</translation>
    </message>
    <message>
        <source>The weights file does not exist.</source>
        <translation>权重文件不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known model, a .safetensors file nor random:&lt;variant&gt;. Known variants: %2.</source>
        <translation>“%1”既不是已知模型，也不是 .safetensors 文件或 random:&lt;variant&gt;。已知变体：%2。</translation>
    </message>
</context>
<context>
    <name>nexvitad::data::ImageFiles</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the folder holds no image</source>
        <translation>该文件夹中没有图像</translation>
    </message>
</context>
<context>
    <name>nexvitad::eval::PixelMetricsAccumulator</name>
    <message>
        <source>An anomaly map must be one float channel and its mask one 8-bit channel.</source>
        <translation>异常图必须是单个浮点通道，其掩码必须是单个 8 位通道。</translation>
    </message>
    <message>
        <source>The anomaly map (%1 x %2) and the mask (%3 x %4) differ in size.</source>
        <translation>异常图（%1 x %2）与掩码（%3 x %4）尺寸不同。</translation>
    </message>
</context>
<context>
    <name>nexvitad::eval::RankingAccumulator</name>
    <message>
        <source>A score is not a finite number (NaN or infinity); the anomaly map is broken.</source>
        <translation>某个得分不是有限数（NaN 或无穷大）；异常图已损坏。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::BankBuilder</name>
    <message>
        <source>A memory bank needs at least one good image.</source>
        <translation>记忆库至少需要一张良品图像。</translation>
    </message>
    <message>
        <source>A memory bank needs at least one encoder layer.</source>
        <translation>记忆库至少需要一个编码器层。</translation>
    </message>
    <message>
        <source>Encoder layer %1 does not exist (layers are 1 to 4).</source>
        <translation>编码器层 %1 不存在（层编号为 1 到 4）。</translation>
    </message>
    <message>
        <source>Loading the encoder</source>
        <translation>正在加载编码器</translation>
    </message>
    <message>
        <source>Encoding good images</source>
        <translation>正在编码良品图像</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>正在聚类</translation>
    </message>
    <message>
        <source>The new images give features of another shape than the memory bank holds.</source>
        <translation>新图像产生的特征形状与记忆库中的不同。</translation>
    </message>
    <message>
        <source>The dataset has no class &quot;%1&quot; (classes: %2).</source>
        <translation>数据集中没有类别“%1”（类别：%2）。</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no train/good images.</source>
        <translation>类别“%1”没有 train/good 图像。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::BankEncoder</name>
    <message>
        <source>the memory bank lacks the encoder weight &quot;%1&quot;</source>
        <translation>记忆库缺少编码器权重“%1”</translation>
    </message>
    <message>
        <source>the memory bank&apos;s encoder weight &quot;%1&quot; has the wrong shape</source>
        <translation>记忆库的编码器权重“%1”形状错误</translation>
    </message>
    <message>
        <source>the run was not trained for the target class &quot;%1&quot; (its targets: %2)</source>
        <translation>该运行未针对目标类别“%1”训练（其目标类别：%2）</translation>
    </message>
    <message>
        <source>the memory bank does not say which encoder built it</source>
        <translation>记忆库未说明是由哪个编码器构建的</translation>
    </message>
    <message>
        <source>the backbone weights differ from those the memory bank was built with (%1; found %2)</source>
        <translation>骨干网络权重与构建记忆库时使用的不同（%1；实际为 %2）</translation>
    </message>
    <message>
        <source>inference = decoder needs a trained target head: build the memory bank from a training run</source>
        <translation>inference = decoder 需要已训练的目标头：请从训练运行构建记忆库</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::BankEvaluation</name>
    <message>
        <source>The dataset has no class &quot;%1&quot; (classes: %2).</source>
        <translation>数据集中没有类别“%1”（类别：%2）。</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no test images.</source>
        <translation>类别“%1”没有测试图像。</translation>
    </message>
    <message>
        <source>This test image is also in the memory bank; evaluate on images the bank has not seen.</source>
        <translation>此测试图像也在记忆库中；请在记忆库未见过的图像上评估。</translation>
    </message>
    <message>
        <source>Computing metrics</source>
        <translation>正在计算指标</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::Explanation</name>
    <message>
        <source>The field &quot;%1&quot; does not hold %2 numbers.</source>
        <translation>字段 &quot;%1&quot; 不包含 %2 个数值。</translation>
    </message>
    <message>
        <source>An explanation needs the features and distances of all %1 bank layers.</source>
        <translation>解释需要记忆库全部 %1 层的特征和距离。</translation>
    </message>
    <message>
        <source>The memory bank has no images.</source>
        <translation>记忆库中没有图像。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::GoodScoreReference</name>
    <message>
        <source>A good-score reference needs at least one good image&apos;s score.</source>
        <translation>良品分数参考至少需要一张良品图像的分数。</translation>
    </message>
    <message>
        <source>The good-score reference holds a value that is not a number.</source>
        <translation>良品分数参考中包含非数值。</translation>
    </message>
    <message>
        <source>The good-score reference must hold 1 to %1 ascending scores and a count of at least as many images.</source>
        <translation>良品分数参考必须包含 1 到 %1 个升序分数，以及不少于分数个数的图像数量。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::InspectionFiles</name>
    <message>
        <source>cannot encode the overlay image</source>
        <translation>无法编码叠加图像</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>无法读取图像：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::Inspector</name>
    <message>
        <source>Unknown inference mode &quot;%1&quot; (memory_bank or decoder).</source>
        <translation>未知的推理模式“%1”（memory_bank 或 decoder）。</translation>
    </message>
    <message>
        <source>inference = decoder needs a memory bank built from a training run (it holds the target head).</source>
        <translation>inference = decoder 需要从训练运行构建的记忆库（其中包含目标头）。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::JsonFields</name>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>字段“%1”缺失或类型错误。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>字段“%1”不是 %2 到 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::MemoryBank</name>
    <message>
        <source>A memory bank needs at least one encoder layer.</source>
        <translation>记忆库至少需要一个编码器层。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; has no hash.</source>
        <translation>图像“%1”没有哈希。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is already in the memory bank.</source>
        <translation>图像“%1”已在记忆库中。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; has features of %2 layers; the bank has %3.</source>
        <translation>图像“%1”有 %2 层特征；记忆库有 %3 层。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; has %2 x %3 features at layer %4; the bank expects %5 x %6 (another encoder or image size?).</source>
        <translation>图像“%1”在第 %4 层有 %2 x %3 个特征；记忆库期望 %5 x %6（编码器或图像尺寸不同？）。</translation>
    </message>
    <message>
        <source>The memory bank has no images.</source>
        <translation>记忆库中没有图像。</translation>
    </message>
    <message>
        <source>The memory bank changed and must be re-clustered first.</source>
        <translation>记忆库已更改，必须先重新聚类。</translation>
    </message>
    <message>
        <source>Unknown prototype mode &quot;%1&quot;.</source>
        <translation>未知的原型模式“%1”。</translation>
    </message>
    <message>
        <source>The tensor &quot;%1&quot; is missing or not %2 x %3.</source>
        <translation>张量“%1”缺失或不是 %2 x %3。</translation>
    </message>
    <message>
        <source>This safetensors file is not a NexViTAD memory bank.</source>
        <translation>此 safetensors 文件不是 NexViTAD 记忆库。</translation>
    </message>
    <message>
        <source>The memory bank&apos;s description is not valid JSON.</source>
        <translation>记忆库的描述不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The memory bank has format version %1; this program reads version %2.</source>
        <translation>记忆库的格式版本为 %1；本程序读取版本 %2。</translation>
    </message>
    <message>
        <source>Clustering the layers&apos; patches</source>
        <translation>正在聚类各层的图像块</translation>
    </message>
    <message>
        <source>The tensor &quot;%1&quot; is not %2 x %3 x %3 x 3 bytes.</source>
        <translation>张量 &quot;%1&quot; 不是 %2 x %3 x %3 x 3 字节。</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is shown as %2 x %3 (type %4); the bank expects %5 x %5 RGB.</source>
        <translation>图像 &quot;%1&quot; 为 %2 x %3（类型 %4）；记忆库期望 %5 x %5 RGB。</translation>
    </message>
    <message>
        <source>This memory bank does not hold its images (it was built before explanations existed): rebuild the bank to enable explanations.</source>
        <translation>此记忆库未保存其图像（它是在解释功能出现之前构建的）：请重新构建记忆库以启用解释。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::ScoringOptions</name>
    <message>
        <source>Unknown image score &quot;%1&quot; (expected max or top_percent_mean).</source>
        <translation>未知的图像得分“%1”（应为 max 或 top_percent_mean）。</translation>
    </message>
</context>
<context>
    <name>nexvitad::infer::Thresholds</name>
    <message>
        <source>A threshold is not a JSON object.</source>
        <translation>阈值不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown threshold method &quot;%1&quot;.</source>
        <translation>未知的阈值方法“%1”。</translation>
    </message>
    <message>
        <source>An F1-optimal threshold needs a validation set with at least one defect.</source>
        <translation>F1 最优阈值需要至少包含一个缺陷的验证集。</translation>
    </message>
    <message>
        <source>A threshold from good images needs at least one good image&apos;s score.</source>
        <translation>基于良品图像的阈值至少需要一张良品图像的得分。</translation>
    </message>
    <message>
        <source>The percentile must be between 0 and 100 (got %1).</source>
        <translation>百分位数必须在 0 到 100 之间（得到 %1）。</translation>
    </message>
    <message>
        <source>The review band&apos;s pass threshold (%1) is above its fail threshold (%2).</source>
        <translation>复核区间的合格阈值（%1）高于其不合格阈值（%2）。</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>nexvitad::io</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>无法创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>Cannot flush to disk: %1</source>
        <translation>无法刷新到磁盘：%1</translation>
    </message>
    <message>
        <source>Cannot replace the file: %1</source>
        <translation>无法替换文件：%1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Cannot flush the file to disk: %1</source>
        <translation>无法将文件刷新到磁盘：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::io::SafeTensors</name>
    <message>
        <source>Invalid safetensors header: entry &quot;%1&quot; is not an object.</source>
        <translation>无效的 safetensors 文件头：条目“%1”不是对象。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has no dtype.</source>
        <translation>无效的 safetensors 文件头：张量“%1”没有 dtype。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has an unknown dtype &quot;%2&quot;.</source>
        <translation>无效的 safetensors 文件头：张量“%1”的 dtype“%2”未知。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has no shape.</source>
        <translation>无效的 safetensors 文件头：张量“%1”没有形状。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has %2 dimensions.</source>
        <translation>无效的 safetensors 文件头：张量“%1”有 %2 个维度。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has a shape that is not a list of non-negative integers.</source>
        <translation>无效的 safetensors 文件头：张量“%1”的形状不是非负整数列表。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; is impossibly large.</source>
        <translation>无效的 safetensors 文件头：张量“%1”大得不可能。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; has invalid data_offsets.</source>
        <translation>无效的 safetensors 文件头：张量“%1”的 data_offsets 无效。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: tensor &quot;%1&quot; (%2 %3) needs %4 bytes but its data_offsets span %5.</source>
        <translation>无效的 safetensors 文件头：张量“%1”（%2 %3）需要 %4 字节，但其 data_offsets 跨度为 %5。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: &quot;__metadata__&quot; is not an object.</source>
        <translation>无效的 safetensors 文件头：&quot;__metadata__&quot; 不是对象。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: metadata &quot;%1&quot; is not a string.</source>
        <translation>无效的 safetensors 文件头：元数据“%1”不是字符串。</translation>
    </message>
    <message>
        <source>Not a safetensors file: only %1 bytes long.</source>
        <translation>不是 safetensors 文件：长度只有 %1 字节。</translation>
    </message>
    <message>
        <source>Not a safetensors file, or truncated: the header claims %1 bytes but the file has %2.</source>
        <translation>不是 safetensors 文件，或已被截断：文件头声明 %1 字节，但文件只有 %2 字节。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: too short.</source>
        <translation>无效的 safetensors 文件头：太短。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: malformed JSON at byte %1 (%2).</source>
        <translation>无效的 safetensors 文件头：字节 %1 处的 JSON 格式错误（%2）。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: the JSON is not an object.</source>
        <translation>无效的 safetensors 文件头：JSON 不是对象。</translation>
    </message>
    <message>
        <source>Invalid safetensors header: a tensor has an empty name.</source>
        <translation>无效的 safetensors 文件头：某个张量的名称为空。</translation>
    </message>
    <message>
        <source>Invalid safetensors file: tensor &quot;%1&quot; lies outside the file (bytes %2 to %3 of a %4-byte data section); the file may be truncated.</source>
        <translation>无效的 safetensors 文件：张量“%1”位于文件之外（%4 字节数据段中的第 %2 到 %3 字节）；文件可能已被截断。</translation>
    </message>
    <message>
        <source>Invalid safetensors file: tensors &quot;%1&quot; and &quot;%2&quot; overlap.</source>
        <translation>无效的 safetensors 文件：张量“%1”和“%2”重叠。</translation>
    </message>
    <message>
        <source>The weights file does not exist.</source>
        <translation>权重文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open the weights file: %1</source>
        <translation>无法打开权重文件：%1</translation>
    </message>
    <message>
        <source>The file has no tensor &quot;%1&quot;.</source>
        <translation>文件中没有张量“%1”。</translation>
    </message>
    <message>
        <source>Cannot write a tensor named &quot;%1&quot;.</source>
        <translation>无法写入名为“%1”的张量。</translation>
    </message>
    <message>
        <source>Cannot write two tensors named &quot;%1&quot;.</source>
        <translation>无法写入两个同名为“%1”的张量。</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has a negative dimension.</source>
        <translation>张量“%1”有负数维度。</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has no data.</source>
        <translation>张量“%1”没有数据。</translation>
    </message>
    <message>
        <source>Cannot write the undefined tensor &quot;%1&quot;.</source>
        <translation>无法写入未定义的张量“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the non-float tensor &quot;%1&quot;.</source>
        <translation>无法写入非浮点张量“%1”。</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2; only F32, F16 and BF16 weights (and U8 bytes) are supported.</source>
        <translation>张量 &quot;%1&quot; 的 dtype 为 %2；仅支持 F32、F16 和 BF16 权重（以及 U8 字节）。</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2, not floating-point numbers.</source>
        <translation>张量 &quot;%1&quot; 的 dtype 为 %2，不是浮点数。</translation>
    </message>
    <message>
        <source>Tensor &quot;%1&quot; has dtype %2, not U8.</source>
        <translation>张量 &quot;%1&quot; 的 dtype 为 %2，不是 U8。</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::DriftMonitor</name>
    <message>
        <source>The drift window must hold at least 2 images (got %1).</source>
        <translation>漂移窗口必须至少包含 2 张图像（实际为 %1）。</translation>
    </message>
    <message>
        <source>The drift minimum must be from 2 to the window (%1); got %2.</source>
        <translation>漂移最小值必须介于 2 和窗口大小（%1）之间；实际为 %2。</translation>
    </message>
    <message>
        <source>The drift quantile must be above 0.5 and below 1 (got %1).</source>
        <translation>漂移分位数必须大于 0.5 且小于 1（实际为 %1）。</translation>
    </message>
    <message>
        <source>The drift bound must be a positive number (got %1).</source>
        <translation>漂移界限必须是正数（实际为 %1）。</translation>
    </message>
    <message>
        <source>The drift warning&apos;s clearing fraction must be in (0, 1] (got %1).</source>
        <translation>漂移警告的解除比例必须在 (0, 1] 内（实际为 %1）。</translation>
    </message>
    <message>
        <source>Self-calibration needs at least the minimum (%1) good images; got %2.</source>
        <translation>自校准至少需要最小数量（%1）的良品图像；实际为 %2。</translation>
    </message>
    <message>
        <source>The memory bank holds no evaluated good-image scores (eval --save-thresholds stores them).</source>
        <translation>记忆库中没有经过评估的良品图像分数（eval --save-thresholds 会保存这些分数）。</translation>
    </message>
    <message>
        <source>The bank&apos;s evaluation has %1 good images below the pass threshold; %2 are needed.</source>
        <translation>记忆库的评估中有 %1 张良品图像低于合格阈值；需要 %2 张。</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>in control</source>
        <translation>受控</translation>
    </message>
    <message>
        <source>drift warning</source>
        <translation>漂移警告</translation>
    </message>
    <message numerus="yes">
        <source>reference: evaluation of %1 (%n good images)</source>
        <translation>
            <numerusform>参考：%1 的评估（%n 张良品图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message numerus="yes">
        <source>reference: first %n good images of this line</source>
        <translation>
            <numerusform>参考：本产线的前 %n 张良品图像</numerusform>
        </translation>
    </message>
    <message>
        <source>reference: calibrating on this line&apos;s first good images (%1 of %2)</source>
        <translation>参考：正在用本产线的前几张良品图像校准（%1 / %2）</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>漂移：%1</translation>
    </message>
    <message>
        <source>; median / %1 % quantile of the last %2 good images %3 / %4 (reference %5 / %6), shift %7 standard errors (bound %8)</source>
        <translation>；最近 %2 张良品图像的中位数 / %1 % 分位数为 %3 / %4（参考 %5 / %6），偏移 %7 个标准误（界限 %8）</translation>
    </message>
    <message>
        <source> (%1 of %2 good images)</source>
        <translation>（%1 / %2 张良品图像）</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::HotFolder</name>
    <message>
        <source>the folder to watch does not exist</source>
        <translation>要监视的文件夹不存在</translation>
    </message>
    <message>
        <source>the folder to watch cannot be read</source>
        <translation>无法读取要监视的文件夹</translation>
    </message>
    <message>
        <source>the watched folder has disappeared (removed, renamed or unmounted)</source>
        <translation>被监视的文件夹已消失（已删除、重命名或卸载）</translation>
    </message>
    <message>
        <source>the watched folder can no longer be read</source>
        <translation>被监视的文件夹已无法读取</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineCsv</name>
    <message>
        <source>cannot read the watcher&apos;s CSV: %1</source>
        <translation>无法读取监视器的 CSV：%1</translation>
    </message>
    <message>
        <source>not a CSV written by the hot-folder watcher (its first line must be &quot;%1&quot;); choose another output folder or --csv file</source>
        <translation>不是热文件夹监视器写入的 CSV（其第一行必须是 &quot;%1&quot;）；请选择其他输出文件夹或 --csv 文件</translation>
    </message>
    <message>
        <source>line %1 has %2 fields instead of %3</source>
        <translation>第 %1 行有 %2 个字段，而不是 %3 个</translation>
    </message>
    <message>
        <source>cannot append to the watcher&apos;s CSV: %1</source>
        <translation>无法追加到监视器的 CSV：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineOutputs</name>
    <message>
        <source>Give an output folder or a project: the watcher keeps its results and its record of the files it has inspected there.</source>
        <translation>请指定输出文件夹或项目：监视器会在其中保存结果以及已检测文件的记录。</translation>
    </message>
    <message>
        <source>the folder for inspected images must not be the watched folder</source>
        <translation>已检测图像的文件夹不能是被监视的文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder for inspected images</source>
        <translation>无法创建已检测图像的文件夹</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>无法创建输出文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder for unreadable images</source>
        <translation>无法创建不可读图像的文件夹</translation>
    </message>
    <message>
        <source>cannot move the inspected image to %1</source>
        <translation>无法将已检测的图像移动到 %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineRecorder</name>
    <message>
        <source>watch %1</source>
        <translation>监视 %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::line::LineWatcher</name>
    <message>
        <source>Unknown overlay policy &quot;%1&quot; (all, flagged or none).</source>
        <translation>未知的叠加图策略 &quot;%1&quot;（all、flagged 或 none）。</translation>
    </message>
</context>
<context>
    <name>nexvitad::project</name>
    <message>
        <source>Training run %1</source>
        <translation>训练运行 %1</translation>
    </message>
    <message>
        <source>Memory bank %1</source>
        <translation>记忆库 %1</translation>
    </message>
    <message>
        <source>Memory bank %1 (%2)</source>
        <translation>记忆库 %1（%2）</translation>
    </message>
    <message>
        <source>Inspection batch %1</source>
        <translation>检测批次 %1</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
    <message>
        <source>%1 image(s)</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>Cannot list the project: %1</source>
        <translation>无法列出项目：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::project::EvaluationOverview</name>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>bank %1 (all patches)</source>
        <translation>记忆库 %1（所有图像块）</translation>
    </message>
    <message>
        <source>bank %1 (K = %2)</source>
        <translation>记忆库 %1（K = %2）</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>未训练</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>memory bank</source>
        <translation>记忆库</translation>
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
        <translation>被检测图像</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>layer %1, %2</source>
        <translation>层 %1，%2</translation>
    </message>
    <message>
        <source>Inspected, layer %1</source>
        <translation>被检测图像，层 %1</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>异常图 %1</translation>
    </message>
    <message>
        <source>image not available</source>
        <translation>图像不可用</translation>
    </message>
    <message>
        <source>This region looks least like any of these normal patches</source>
        <translation>此区域与这些正常图像块的相似度最低</translation>
    </message>
</context>
<context>
    <name>nexvitad::report::Report</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>image score</source>
        <translation>图像分数</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Product / line</source>
        <translation>产品 / 产线</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Inspection batch</source>
        <translation>检测批次</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Image AUROC / pixel AUROC</source>
        <translation>图像 AUROC / 像素 AUROC</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Verdict summary: %1 pass, %2 fail, %3 review</source>
        <translation>判定汇总：%1 通过，%2 不合格，%3 待复核</translation>
    </message>
    <message>
        <source>No image threshold is set, so no image has a verdict.</source>
        <translation>未设置图像阈值，因此没有图像获得判定。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Image ROC</source>
        <translation>图像 ROC</translation>
    </message>
    <message>
        <source>Image precision-recall</source>
        <translation>图像精确率-召回率</translation>
    </message>
    <message>
        <source>Pixel ROC</source>
        <translation>像素 ROC</translation>
    </message>
    <message>
        <source>Pixel precision-recall</source>
        <translation>像素精确率-召回率</translation>
    </message>
    <message>
        <source>Pixel PRO (FPR up to 0.3)</source>
        <translation>像素 PRO（FPR 至 0.3）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>per-region overlap</source>
        <translation>逐区域重叠率</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Image scores and thresholds</source>
        <translation>图像分数与阈值</translation>
    </message>
    <message>
        <source>Failed and review images</source>
        <translation>不合格与待复核图像</translation>
    </message>
    <message>
        <source>no heat map</source>
        <translation>无热力图</translation>
    </message>
    <message>
        <source>no ground truth</source>
        <translation>无真值</translation>
    </message>
    <message>
        <source>image not found</source>
        <translation>未找到图像</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原图</translation>
    </message>
    <message>
        <source>heat map, contours</source>
        <translation>热力图与轮廓</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Score %1, verdict: %2</source>
        <translation>分数 %1，判定：%2</translation>
    </message>
    <message>
        <source>labelled defective</source>
        <translation>标注为缺陷</translation>
    </message>
    <message>
        <source>labelled good</source>
        <translation>标注为良品</translation>
    </message>
    <message>
        <source>Reviewer %1: %2</source>
        <translation>复核人 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>软件版本</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Checkpoint SHA-256</source>
        <translation>检查点 SHA-256</translation>
    </message>
    <message>
        <source>untrained (random)</source>
        <translation>未训练（随机）</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>已训练</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>Weights: spec, file, SHA-256</source>
        <translation>权重：规格、文件、SHA-256</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Memory bank</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>No memory bank is recorded for this report.</source>
        <translation>此报告未记录记忆库。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>Bank SHA-256</source>
        <translation>记忆库 SHA-256</translation>
    </message>
    <message>
        <source>Prototypes K</source>
        <translation>原型数 K</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Support images (%1)</source>
        <translation>支持图像（%1）</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>图像阈值</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>像素阈值</translation>
    </message>
    <message>
        <source>bank created</source>
        <translation>记忆库已创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message numerus="yes">
        <source>Who set the thresholds, and when (audit log, latest %n):</source>
        <translation>
            <numerusform>阈值由谁在何时设定（审计日志，最近 %n 条）：</numerusform>
        </translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dataset and seeds</source>
        <translation>数据集与随机种子</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>清单 SHA-256</translation>
    </message>
    <message>
        <source>Files in manifest</source>
        <translation>清单中的文件数</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>随机种子 %1</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>溯源</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>图像 AUROC</translation>
    </message>
    <message>
        <source>Image average precision</source>
        <translation>图像平均精确率</translation>
    </message>
    <message>
        <source>Image F1-max</source>
        <translation>图像 F1-max</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>像素 AUROC</translation>
    </message>
    <message>
        <source>Pixel average precision</source>
        <translation>像素平均精确率</translation>
    </message>
    <message>
        <source>Pixel AUPRO (FPR up to 0.3)</source>
        <translation>像素 AUPRO（FPR 至 0.3）</translation>
    </message>
    <message>
        <source>Pixel F1-max</source>
        <translation>像素 F1-max</translation>
    </message>
    <message>
        <source>mIoU at threshold %1</source>
        <translation>阈值 %1 下的 mIoU</translation>
    </message>
    <message>
        <source>Test images (defective / good)</source>
        <translation>测试图像（缺陷 / 良品）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>n/a: the metric is undefined for this test set (e.g. no defective image).</source>
        <translation>不适用：该指标对此测试集无定义（例如没有缺陷图像）。</translation>
    </message>
    <message>
        <source>Images inspected</source>
        <translation>已检测图像</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低分数</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>分数中位数</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>最高分数</translation>
    </message>
    <message>
        <source>Reviewer: accepted / rejected / unsure</source>
        <translation>复核：接受 / 驳回 / 不确定</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Inspected images carry no labels: accuracy metrics need an evaluation on a labelled test set.</source>
        <translation>检测图像没有标签：准确性指标需要在带标签的测试集上进行评估。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>检测报告</translation>
    </message>
    <message>
        <source>Warning: untrained backbone. At least one backbone ran with random weights; its features are not those of a trained network, so scores and metrics do not show what the method can do.</source>
        <translation>警告：骨干网络未训练。至少有一个骨干网络使用随机权重运行；其特征并非训练后网络的特征，因此分数和指标不能反映该方法的实际能力。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>无法开始写入 PDF。</translation>
    </message>
    <message>
        <source>Reports need the graphical application object (fonts); this program did not create one.</source>
        <translation>报告需要图形应用程序对象（字体）；此程序未创建该对象。</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <source>%1 % quantile</source>
        <translation>%1 % 分位数</translation>
    </message>
    <message numerus="yes">
        <source>This batch: %n good images</source>
        <translation>
            <numerusform>本批次：%n 张良品图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, after %n earlier good images of this memory bank.</source>
        <translation>
            <numerusform>，此前该记忆库已有 %n 张良品图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>A drift warning was already raised before this batch.</source>
        <translation>在本批次之前已触发漂移警告。</translation>
    </message>
    <message>
        <source>Drift warning from good image %1 of this batch.</source>
        <translation>从本批次的第 %1 张良品图像起出现漂移警告。</translation>
    </message>
    <message>
        <source>The warning cleared at good image %1.</source>
        <translation>警告在第 %1 张良品图像处解除。</translation>
    </message>
    <message>
        <source>Not enough good images to judge drift yet (%1 needed in the window, %2 there).</source>
        <translation>良品图像尚不足以判断漂移（窗口中需要 %1 张，现有 %2 张）。</translation>
    </message>
    <message>
        <source>At the end: %1, shift %2 (median %3, %4 %5; bound %6).</source>
        <translation>结束时：%1，偏移 %2（中位数 %3，%4 %5；界限 %6）。</translation>
    </message>
    <message>
        <source>No drift warning in this batch.</source>
        <translation>本批次中没有漂移警告。</translation>
    </message>
    <message>
        <source>Drift trend</source>
        <translation>漂移趋势</translation>
    </message>
    <message>
        <source>Drift trend of the good images: the scores of the images that passed, in inspection order, with their rolling median and %1 over the last %2 good images, against the reference band from its median to its %1 (%3).</source>
        <translation>良品图像的漂移趋势：按检测顺序排列的合格图像分数，以及最近 %2 张良品图像的滚动中位数和滚动 %1，并与参考带（从其中位数到其 %1）对比（%3）。</translation>
    </message>
    <message>
        <source>A drift warning is raised when the rolling median or %1 moves more than %2 standard errors away from the reference&apos;s (dotted lines; a standard error is how far it moves by chance, from the reference&apos;s spread between its median and %1, the window and the reference&apos;s size), and clears below %3 of that. A warning means the parts judged good no longer look to the model like the good images it was checked on (lighting, camera, material or the product changed): the verdicts may no longer be reliable. Check the line; if the change is intended, rebuild or re-evaluate the memory bank.</source>
        <translation>当滚动中位数或滚动 %1 偏离参考值超过 %2 个标准误时触发漂移警告（虚线；标准误表示数值因随机因素而波动的幅度，由参考在其中位数与 %1 之间的离散程度、窗口大小和参考的样本量计算得出），当偏离降到该值的 %3 以下时解除。警告意味着被判为良品的零件在模型看来已不再像其校验时所用的良品图像（照明、相机、材料或产品发生了变化）：判定结果可能不再可靠。请检查产线；如果这一变化是有意的，请重新构建或重新评估记忆库。</translation>
    </message>
    <message>
        <source>Self-calibrated reference: %1 The first %2 good images of this memory bank in the project stand for normal.</source>
        <translation>自校准参考：%1 项目中该记忆库的前 %2 张良品图像被视为正常。</translation>
    </message>
    <message>
        <source>The memory bank file could not be read: %1</source>
        <translation>无法读取记忆库文件：%1</translation>
    </message>
    <message>
        <source>Drift trend of the good images</source>
        <translation>良品图像的漂移趋势</translation>
    </message>
    <message>
        <source>good image in this batch</source>
        <translation>本批次中的良品图像</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>rolling median</source>
        <translation>滚动中位数</translation>
    </message>
    <message>
        <source>rolling %1</source>
        <translation>滚动 %1</translation>
    </message>
    <message>
        <source>reference band</source>
        <translation>参考带</translation>
    </message>
    <message>
        <source>bounds of the median</source>
        <translation>中位数的界限</translation>
    </message>
    <message>
        <source>bounds of the %1</source>
        <translation>%1 的界限</translation>
    </message>
    <message>
        <source>drift warning began</source>
        <translation>漂移警告开始</translation>
    </message>
    <message>
        <source>drift warning cleared</source>
        <translation>漂移警告已解除</translation>
    </message>
    <message>
        <source>no image passed in this batch</source>
        <translation>本批次中没有合格的图像</translation>
    </message>
    <message>
        <source>The stored explanation cannot be read.</source>
        <translation>无法读取已保存的解释。</translation>
    </message>
    <message>
        <source>No explanation picture: %1</source>
        <translation>无解释图片：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::runtime</name>
    <message>
        <source>Matrix products run at %1 GFLOP/s (BLAS: %2). This is the slow reference BLAS; install the package libopenblas0-openmp for a 10-40x faster engine.</source>
        <translation>矩阵乘法速度为 %1 GFLOP/s（BLAS：%2）。这是较慢的参考 BLAS；请安装 libopenblas0-openmp 软件包，引擎可提速 10 到 40 倍。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>CUDA was requested but this LibTorch build has no usable CUDA device. Choose the CPU or Auto in the settings.</source>
        <translation>已选择 CUDA，但此 LibTorch 构建没有可用的 CUDA 设备。请在设置中选择 CPU 或自动。</translation>
    </message>
</context>
<context>
    <name>nexvitad::store</name>
    <message>
        <source>Invalid artifact name: %1/%2</source>
        <translation>无效的产物名称：%1/%2</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>Memory bank %1 does not exist.</source>
        <translation>记忆库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the project database: %1</source>
        <translation>无法打开项目数据库：%1</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The folder is not empty; a new project needs an empty or new folder.</source>
        <translation>文件夹不为空；新项目需要空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>Cannot move the new project into place: %1</source>
        <translation>无法将新项目移动到位：%1</translation>
    </message>
    <message>
        <source>Job %1 does not exist.</source>
        <translation>作业 %1 不存在。</translation>
    </message>
    <message>
        <source>Job %1 has an unknown status.</source>
        <translation>作业 %1 的状态未知。</translation>
    </message>
    <message>
        <source>Job %1 cannot change from %2 to %3.</source>
        <translation>作业 %1 无法从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>Job %1 was changed by another program meanwhile.</source>
        <translation>作业 %1 在此期间已被其他程序更改。</translation>
    </message>
    <message>
        <source>Job %1 is not running.</source>
        <translation>作业 %1 未在运行。</translation>
    </message>
    <message>
        <source>%1 is not writable (%2)</source>
        <translation>%1 不可写（%2）</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>无法创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Not a NexViTAD project: %1 is missing.</source>
        <translation>不是 NexViTAD 项目：缺少 %1。</translation>
    </message>
    <message>
        <source>The project cannot be opened for writing: %1</source>
        <translation>无法以写入方式打开项目：%1</translation>
    </message>
    <message>
        <source>Opened read-only on request; nothing in the project will be changed.</source>
        <translation>已按要求以只读方式打开；项目中的任何内容都不会被更改。</translation>
    </message>
    <message>
        <source>The project folder is read-only (%1). It is opened read-only: you can look at everything, but nothing can be saved.</source>
        <translation>项目文件夹为只读（%1）。已以只读方式打开：可以查看所有内容，但无法保存任何内容。</translation>
    </message>
    <message>
        <source>The project uses schema version %1 and must be upgraded to version %2, which a read-only project cannot be.</source>
        <translation>项目使用架构版本 %1，必须升级到版本 %2，而只读项目无法升级。</translation>
    </message>
    <message>
        <source>The project must be upgraded to schema version %1; close the other programs that have it open and try again.</source>
        <translation>项目必须升级到架构版本 %1；请关闭打开了该项目的其他程序后重试。</translation>
    </message>
    <message>
        <source>The file does not match its recorded SHA-256; run `project check`.</source>
        <translation>文件与其记录的 SHA-256 不匹配；请运行 `project check`。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: %2</source>
        <translation>拒绝归档条目“%1”：%2</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>不允许使用绝对路径</translation>
    </message>
    <message>
        <source>&quot;..&quot; would leave the project folder</source>
        <translation>&quot;..&quot; 会离开项目文件夹</translation>
    </message>
    <message>
        <source>the name contains a control character or a backslash</source>
        <translation>名称包含控制字符或反斜杠</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>links (here to &quot;%1&quot;) are not allowed in a project archive</source>
        <translation>项目归档中不允许使用链接（此处指向“%1”）</translation>
    </message>
    <message>
        <source>only files and folders are allowed</source>
        <translation>只允许文件和文件夹</translation>
    </message>
    <message>
        <source>a project archive holds only %1, %2 and %3/</source>
        <translation>项目归档只包含 %1、%2 和 %3/</translation>
    </message>
    <message>
        <source>Cannot write (is the name in the archive twice?): %1</source>
        <translation>无法写入（归档中该名称是否出现了两次？）：%1</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Cannot flush to disk: %1</source>
        <translation>无法刷新到磁盘：%1</translation>
    </message>
    <message>
        <source>Taking a snapshot of the database</source>
        <translation>正在生成数据库快照</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>正在写入归档</translation>
    </message>
    <message>
        <source>Unpacking the archive</source>
        <translation>正在解包归档</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest is invalid.</source>
        <translation>归档的清单无效。</translation>
    </message>
    <message>
        <source>The archive has no valid manifest (%1).</source>
        <translation>归档没有有效的清单（%1）。</translation>
    </message>
    <message>
        <source>%1 is missing from the archive or does not match the manifest.</source>
        <translation>归档中缺少 %1，或其与清单不匹配。</translation>
    </message>
    <message>
        <source>%1 is in the archive but not in its manifest.</source>
        <translation>%1 在归档中，但不在其清单中。</translation>
    </message>
    <message>
        <source>Checking the imported project</source>
        <translation>正在检查导入的项目</translation>
    </message>
    <message>
        <source>The imported project has problems: %1</source>
        <translation>导入的项目存在问题：%1</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>database: row %1 of table %2 refers to a missing row of %3</source>
        <translation>数据库：表 %2 的第 %1 行引用了 %3 中缺失的行</translation>
    </message>
    <message>
        <source>Checking artifacts</source>
        <translation>正在检查产物</translation>
    </message>
    <message>
        <source>%1 (%2 %3) is missing</source>
        <translation>%1（%2 %3）缺失</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>%1 与其记录的 SHA-256 不匹配</translation>
    </message>
    <message>
        <source>Cannot open the project&apos;s lock file: %1</source>
        <translation>无法打开项目的锁文件：%1</translation>
    </message>
    <message>
        <source>Cannot lock the project: %1</source>
        <translation>无法锁定项目：%1</translation>
    </message>
    <message>
        <source>The project database is damaged (%1). It has not been changed: restore it from a backup or an exported archive.</source>
        <translation>项目数据库已损坏（%1）。数据库未被更改：请从备份或导出的归档中恢复。</translation>
    </message>
    <message>
        <source>Inspection %1 does not exist.</source>
        <translation>检测 %1 不存在。</translation>
    </message>
    <message>
        <source>The project was written by a newer NexViTAD (schema version %1; this version understands up to %2).</source>
        <translation>该项目由更新版本的 NexViTAD 写入（架构版本 %1；此版本最高支持 %2）。</translation>
    </message>
    <message>
        <source>Project database error: %1</source>
        <translation>项目数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot write the archive: %1</source>
        <translation>无法写入归档：%1</translation>
    </message>
    <message>
        <source>A file changed size while it was being archived: %1</source>
        <translation>文件在归档过程中大小发生了变化：%1</translation>
    </message>
    <message>
        <source>Not a valid project archive: %1</source>
        <translation>不是有效的项目归档：%1</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>归档已被截断</translation>
    </message>
    <message>
        <source>a header checksum is wrong</source>
        <translation>某个文件头校验和错误</translation>
    </message>
    <message>
        <source>an entry size is invalid</source>
        <translation>某个条目大小无效</translation>
    </message>
    <message>
        <source>an extended header is too large</source>
        <translation>某个扩展文件头过大</translation>
    </message>
    <message>
        <source>an extended header is invalid</source>
        <translation>某个扩展文件头无效</translation>
    </message>
    <message>
        <source>Dataset %1 does not exist.</source>
        <translation>数据集 %1 不存在。</translation>
    </message>
    <message>
        <source>Model %1 does not exist.</source>
        <translation>模型 %1 不存在。</translation>
    </message>
    <message>
        <source>Inspection batch %1 does not exist.</source>
        <translation>检测批次 %1 不存在。</translation>
    </message>
    <message>
        <source>Evaluation %1 does not exist.</source>
        <translation>评估 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::train::RunModel</name>
    <message>
        <source>not a training run folder (no config.json)</source>
        <translation>不是训练运行文件夹（没有 config.json）</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s description: %1</source>
        <translation>无法读取运行的描述：%1</translation>
    </message>
    <message>
        <source>the run&apos;s description names no target class</source>
        <translation>运行的描述中没有指定目标类别</translation>
    </message>
    <message>
        <source>the run has no checkpoint yet (train at least one epoch)</source>
        <translation>该运行还没有检查点（请至少训练一个轮次）</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BankBuilderPanel</name>
    <message>
        <source>M good images of the target class (method.md 4; default 10).</source>
        <translation>目标类别的 M 张良品图像（method.md 4；默认 10）。</translation>
    </message>
    <message>
        <source>Seed of the random choice, the untrained encoder&apos;s projections and the clustering; the CLI&apos;s bank --seed gives the same bank.</source>
        <translation>用于随机选取、未训练编码器的投影和聚类的随机种子；CLI 的 bank --seed 会得到相同的记忆库。</translation>
    </message>
    <message>
        <source>Choose M at &amp;random</source>
        <translation>随机选择 M(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Target class:</source>
        <translation>目标类别(&amp;T)：</translation>
    </message>
    <message>
        <source>M:</source>
        <translation>M：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>&amp;Build memory bank</source>
        <translation>构建记忆库(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) queued to add.</source>
        <translation>
            <numerusform>已将 %n 张图像加入待添加队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>正在读取项目</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n good image(s) selected.</source>
        <translation>
            <numerusform>已选择 %1 张（共 %n 张良品图像）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory bank %1 saved in the project.</source>
        <translation>记忆库 %1 已保存到项目中。</translation>
    </message>
    <message>
        <source>Build memory bank</source>
        <translation>构建记忆库</translation>
    </message>
    <message>
        <source>Open memory bank %1</source>
        <translation>打开记忆库 %1</translation>
    </message>
    <message>
        <source>Memory bank %1 opened.</source>
        <translation>记忆库 %1 已打开。</translation>
    </message>
    <message>
        <source>Re-cluster memory bank</source>
        <translation>重新聚类记忆库</translation>
    </message>
    <message>
        <source>all patches</source>
        <translation>所有图像块</translation>
    </message>
    <message>
        <source>K = %1</source>
        <translation>K = %1</translation>
    </message>
    <message numerus="yes">
        <source>Memory bank %1: %n image(s), %2
%3</source>
        <translation>
            <numerusform>记忆库 %1：%n 张图像，%2
%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BankContentsBox</name>
    <message>
        <source>Memory bank</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>&amp;Add checked images</source>
        <translation>添加勾选的图像(&amp;A)</translation>
    </message>
    <message>
        <source>Queues the images checked in the grid; only they are encoded when the bank is re-clustered.</source>
        <translation>将网格中勾选的图像加入队列；重新聚类记忆库时只对这些图像编码。</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>移除所选(&amp;M)</translation>
    </message>
    <message>
        <source>Re-cl&amp;uster and save</source>
        <translation>重新聚类并保存(&amp;U)</translation>
    </message>
    <message>
        <source>Applies the edits, clusters every layer again and saves the result as a new memory bank of the project.</source>
        <translation>应用修改，重新聚类每一层，并将结果另存为项目中的新记忆库。</translation>
    </message>
    <message>
        <source>No memory bank open: build one, or open one from the project explorer.</source>
        <translation>未打开记忆库：请构建一个，或从项目浏览器中打开一个。</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BankSettingsForm</name>
    <message>
        <source>The encoder whose features fill the bank: a training run&apos;s adapters and projections, or an untrained encoder (identity adapters, random projections seeded with the seed above).</source>
        <translation>提供记忆库特征的编码器：某次训练运行的适配器和投影，或未训练的编码器（恒等适配器，以及用上方种子生成的随机投影）。</translation>
    </message>
    <message>
        <source>Hiera weights: a registry name, a file, or random:&lt;variant&gt; (docs/weights.md).</source>
        <translation>Hiera 权重：注册名称、文件或 random:&lt;variant&gt;（docs/weights.md）。</translation>
    </message>
    <message>
        <source>DINOv2 weights: a registry name, a file, or random:&lt;variant&gt; (docs/weights.md).</source>
        <translation>DINOv2 权重：注册名称、文件或 random:&lt;variant&gt;（docs/weights.md）。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Images are resized to S x S before encoding. A training run uses its own size.</source>
        <translation>编码前图像会缩放到 S x S。训练运行使用其自身的尺寸。</translation>
    </message>
    <message>
        <source>K prototypes per layer (default 30, so 4K in all). Every prototype serves the same share of patches, so rare good textures still get prototypes.</source>
        <translation>每层 K 个原型（默认 30，共 4K 个）。每个原型负责相同比例的图像块，因此少见的良品纹理也能获得原型。</translation>
    </message>
    <message>
        <source>Sinkhorn K-means</source>
        <translation>Sinkhorn K-means</translation>
    </message>
    <message>
        <source>All patches</source>
        <translation>所有图像块</translation>
    </message>
    <message>
        <source>Sinkhorn K-means: K prototypes per layer from entropy-regularised optimal transport with uniform masses (method.md 4). All patches: exact nearest neighbour over the whole bank (the PatchCore / AnomalyDINO baseline); slower, larger.</source>
        <translation>Sinkhorn K-means：通过均匀质量的熵正则化最优传输得到每层 K 个原型（method.md 4）。所有图像块：在整个记忆库上做精确最近邻搜索（PatchCore / AnomalyDINO 基线）；更慢，占用更大。</translation>
    </message>
    <message>
        <source>Encoder layer %1: spatial size S/%2.</source>
        <translation>编码器层 %1：空间尺寸 S/%2。</translation>
    </message>
    <message>
        <source>&amp;Encoder:</source>
        <translation>编码器(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Hiera:</source>
        <translation>Hiera(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;DINOv2:</source>
        <translation>DINOv2(&amp;D)：</translation>
    </message>
    <message>
        <source>Image si&amp;ze:</source>
        <translation>图像尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Prototypes:</source>
        <translation>原型(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;K per layer:</source>
        <translation>每层 K 值(&amp;K)：</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Untrained (seeded random projections)</source>
        <translation>未训练（带种子的随机投影）</translation>
    </message>
    <message>
        <source>Training run %1</source>
        <translation>训练运行 %1</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BatchReviewPanel</name>
    <message>
        <source>Inspect images...</source>
        <translation>检测图像...</translation>
    </message>
    <message>
        <source>Inspection batches recorded in the project</source>
        <translation>项目中记录的检测批次</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Comment for the next decision (optional)</source>
        <translation>下一个决定的备注（可选）</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Memory bank</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>Memory banks (*.bank)</source>
        <translation>记忆库 (*.bank)</translation>
    </message>
    <message>
        <source>Inspect images</source>
        <translation>检测图像</translation>
    </message>
    <message>
        <source>Inspect a folder of images or chosen image files?</source>
        <translation>检测一个图像文件夹还是选定的图像文件？</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>文件夹...</translation>
    </message>
    <message>
        <source>Files...</source>
        <translation>文件...</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open inspection batch</source>
        <translation>打开检测批次</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in this batch.</source>
        <translation>
            <numerusform>此批次中有 %n 张图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>加载图像</translation>
    </message>
    <message>
        <source>Decision kept in this list only: the batch is not recorded in a project.</source>
        <translation>决定仅保存在此列表中：该批次未记录在项目中。</translation>
    </message>
    <message>
        <source>Cannot store the decision: %1</source>
        <translation>无法保存决定：%1</translation>
    </message>
    <message>
        <source>Pass: %1   Review: %2   Fail: %3</source>
        <translation>合格：%1   待复核：%2   不合格：%3</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::BatchTableModel</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ChooseFolderPage</name>
    <message>
        <source>Choose the dataset folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <source>An MVTec AD root (one folder per class), a single class folder, or a folder with normal and abnormal subfolders. Nothing in it will be changed.</source>
        <translation>MVTec AD 根目录（每个类别一个文件夹）、单个类别文件夹，或包含正常和异常子文件夹的文件夹。其中的内容不会被更改。</translation>
    </message>
    <message>
        <source>/path/to/dataset</source>
        <translation>/path/to/dataset</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ComparisonView</name>
    <message>
        <source>The best value of each metric is highlighted.</source>
        <translation>每项指标的最佳值已高亮显示。</translation>
    </message>
    <message>
        <source>Pixel ROC</source>
        <translation>像素 ROC</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>Pixel precision-recall</source>
        <translation>像素精确率-召回率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Per-region overlap vs FPR</source>
        <translation>逐区域重叠率与 FPR</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <source>Image ROC</source>
        <translation>图像 ROC</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ConfirmPage</name>
    <message>
        <source>Add the dataset to the project</source>
        <translation>将数据集添加到项目</translation>
    </message>
    <message>
        <source>Name in the project:</source>
        <translation>项目中的名称：</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1 class(es) will be recorded with their content hashes (manifest %2). The folder itself is not copied or changed.</source>
        <translation>
            <numerusform>%1 个类别中的 %n 张图像将连同其内容哈希一起记录（清单 %2）。文件夹本身不会被复制或更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::CurveChart</name>
    <message>
        <source>chance</source>
        <translation>随机</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::DefectTypeView</name>
    <message>
        <source>No evaluation selected.</source>
        <translation>未选择评估。</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <source>At %1: %2 of %3 defective images detected, %4 of %5 good images flagged.</source>
        <translation>阈值为 %1 时：检出 %3 张缺陷图像中的 %2 张，%5 张良品图像中有 %4 张被标记为缺陷。</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::Explainer</name>
    <message>
        <source>Nearest normal patch (layer %1): %2, distance %3</source>
        <translation>最近的正常图像块（层 %1）：%2，距离 %3</translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation>该区域位于图像之外。</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ExplanationPanel</name>
    <message>
        <source>&lt;b&gt;Nearest normal patches&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的正常图像块&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click the image (Shift+drag: a region) to see which normal patches of the memory bank it is closest to.</source>
        <translation>点击图像（Shift+拖动：选择区域），查看它与记忆库中哪些正常图像块最接近。</translation>
    </message>
    <message>
        <source>Looking for the nearest normal patches...</source>
        <translation>正在查找最近的正常图像块...</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::GoodImageModel</name>
    <message>
        <source>Load thumbnails</source>
        <translation>加载缩略图</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ImportWizard</name>
    <message>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::Job</name>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>%1: %p%</source>
        <translation>%1：%p%</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::LineFeedModel</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无判定</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::LinePanel</name>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>optional with a project: maps, overlays and line.csv</source>
        <translation>有项目时可选：异常图、叠加图和 line.csv</translation>
    </message>
    <message>
        <source>optional: leave inspected images where they are</source>
        <translation>可选：将已检测的图像保留在原处</translation>
    </message>
    <message>
        <source>Memory bank:</source>
        <translation>记忆库：</translation>
    </message>
    <message>
        <source>Memory banks (*.bank)</source>
        <translation>记忆库 (*.bank)</translation>
    </message>
    <message>
        <source>Watch folder:</source>
        <translation>监视文件夹：</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>Move inspected images to:</source>
        <translation>将已检测的图像移动到：</translation>
    </message>
    <message>
        <source>Images that did not pass</source>
        <translation>未合格的图像</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>所有图像</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Start watching</source>
        <translation>开始监视</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Overlays for:</source>
        <translation>叠加图用于：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for a decision&lt;/b&gt; (review band)</source>
        <translation>&lt;b&gt;等待决定&lt;/b&gt;（复核区间）</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>接受 (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>驳回 (R)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>不确定 (U)</translation>
    </message>
    <message>
        <source>No project is open: decisions are not recorded.</source>
        <translation>未打开项目：决定不会被记录。</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Loading the memory bank...</source>
        <translation>正在加载记忆库...</translation>
    </message>
    <message>
        <source>Stopping after the images in progress...</source>
        <translation>将在处理中的图像完成后停止...</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 (%n image(s) done before).</source>
        <translation>
            <numerusform>正在监视 %1（此前已处理 %n 张图像）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank has no image threshold: no image gets a verdict.</source>
        <translation>记忆库没有图像阈值：任何图像都不会获得判定。</translation>
    </message>
    <message>
        <source>%1  score %2</source>
        <translation>%1  分数 %2</translation>
    </message>
    <message>
        <source>The passing images no longer look like the bank&apos;s good images. %1</source>
        <translation>合格图像已不再与记忆库中的良品图像相似。%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#0f5132&apos;&gt;%1 pass&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#664d03&apos;&gt;%2 review&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#842029&apos;&gt;%3 fail&lt;/b&gt; &amp;nbsp; %4 unreadable</source>
        <translation>&lt;b style=&apos;color:#0f5132&apos;&gt;%1 合格&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#664d03&apos;&gt;%2 待复核&lt;/b&gt; &amp;nbsp; &lt;b style=&apos;color:#842029&apos;&gt;%3 不合格&lt;/b&gt; &amp;nbsp; %4 不可读</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 张图像/秒</translation>
    </message>
    <message>
        <source>Decision not recorded: no project is open.</source>
        <translation>决定未记录：未打开项目。</translation>
    </message>
    <message>
        <source>Cannot store the decision: %1</source>
        <translation>无法保存决定：%1</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::LogPanel</name>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::MainWindow</name>
    <message>
        <source>NexViTAD Workstation</source>
        <translation>NexViTAD 工作站</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About NexViTAD Workstation</source>
        <translation>关于 NexViTAD 工作站(&amp;A)</translation>
    </message>
    <message>
        <source>CUDA requested but unavailable</source>
        <translation>已选择 CUDA，但不可用</translation>
    </message>
    <message>
        <source>Device: %1 | Threads: %2</source>
        <translation>设备：%1 | 线程：%2</translation>
    </message>
    <message>
        <source>Language set to %1. Restart the workstation to translate every screen.</source>
        <translation>语言已设为 %1。重新启动工作站以翻译所有界面。</translation>
    </message>
    <message>
        <source>About NexViTAD Workstation</source>
        <translation>关于 NexViTAD 工作站</translation>
    </message>
    <message>
        <source>&lt;b&gt;NexViTAD Workstation %1&lt;/b&gt;&lt;br&gt;LibTorch %2, OpenCV %3, Qt %4</source>
        <translation>&lt;b&gt;NexViTAD 工作站 %1&lt;/b&gt;&lt;br&gt;LibTorch %2，OpenCV %3，Qt %4</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NexViTAD Workstation&lt;/h2&gt;&lt;p&gt;Few-shot, cross-domain defect detection.&lt;/p&gt;&lt;p&gt;Create or open a project (File menu), then drop a dataset folder here to import it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NexViTAD 工作站&lt;/h2&gt;&lt;p&gt;小样本、跨域缺陷检测。&lt;/p&gt;&lt;p&gt;创建或打开一个项目（“文件”菜单），然后将数据集文件夹拖放到此处进行导入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 - NexViTAD Workstation</source>
        <translation>%1 - NexViTAD 工作站</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import dataset...</source>
        <translation>导入数据集(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Refresh project</source>
        <translation>刷新项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>新项目文件夹</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Create or open a writable project before importing a dataset.</source>
        <translation>导入数据集之前，请创建或打开一个可写的项目。</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; imported.</source>
        <translation>数据集“%1”已导入。</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>Cannot read the dataset</source>
        <translation>无法读取数据集</translation>
    </message>
    <message>
        <source>Export &amp;report...</source>
        <translation>导出报告(&amp;R)...</translation>
    </message>
    <message>
        <source>Inspect &amp;images...</source>
        <translation>检测图像(&amp;I)...</translation>
    </message>
    <message>
        <source>Memory bank</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>检测(&amp;I)</translation>
    </message>
    <message>
        <source>Build &amp;memory bank...</source>
        <translation>构建记忆库(&amp;M)...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>&amp;Protocol...</source>
        <translation>评估协议(&amp;P)...</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>评估协议</translation>
    </message>
    <message>
        <source>Open or create a project first: the protocol&apos;s plan and results are kept in it.</source>
        <translation>请先打开或创建项目：评估协议的计划和结果保存在项目中。</translation>
    </message>
    <message>
        <source>Cannot read the project</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>The project no longer holds dataset %1.</source>
        <translation>项目中已不再包含数据集 %1。</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::MetricsDashboard</name>
    <message>
        <source>Tick evaluations to compare them; select one to see it by defect type.</source>
        <translation>勾选评估以进行比较；选中一个评估可按缺陷类型查看。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>By defect type</source>
        <translation>按缺陷类型</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export all charts...</source>
        <translation>导出所有图表...</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>将所有图表导出到</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Errors leave the affected images out; warnings and notes keep them.</source>
        <translation>错误会使受影响的图像被排除；警告和提示不影响图像的使用。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Open file location</source>
        <translation>打开文件所在位置</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ProjectExplorer</name>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>训练运行</translation>
    </message>
    <message>
        <source>Memory banks</source>
        <translation>记忆库</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ProtocolDialog</name>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>评估协议</translation>
    </message>
    <message>
        <source>Dataset folder:</source>
        <translation>数据集文件夹：</translation>
    </message>
    <message>
        <source>Splits (sources/targets):</source>
        <translation>划分（源/目标）：</translation>
    </message>
    <message>
        <source>Runs per split:</source>
        <translation>每个划分的运行次数：</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>Untrained encoder (no training: fast, a demonstration)</source>
        <translation>未训练的编码器（不训练：快速，用于演示）</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Slurm cluster (one job array)</source>
        <translation>Slurm 集群（一个作业数组）</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>Slurm</source>
        <translation>Slurm</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>e.g. 2:00:00</source>
        <translation>例如 2:00:00</translation>
    </message>
    <message>
        <source>Time limit per task:</source>
        <translation>每个任务的时间限制：</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>每个任务的 CPU 数：</translation>
    </message>
    <message>
        <source>e.g. 8G</source>
        <translation>例如 8G</translation>
    </message>
    <message>
        <source>Memory per task:</source>
        <translation>每个任务的内存：</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Resume failed or lost tasks</source>
        <translation>恢复失败或丢失的任务</translation>
    </message>
    <message>
        <source>Collect results</source>
        <translation>汇总结果</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>（退出码 %1）</translation>
    </message>
    <message>
        <source>Protocol tasks</source>
        <translation>评估协议任务</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::PrototypeUsageChart</name>
    <message>
        <source>Prototype</source>
        <translation>原型</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>图像块</translation>
    </message>
    <message>
        <source>Bank patches whose nearest prototype is each prototype. Sinkhorn K-means gives every prototype the same share of mass, so the bars are roughly even; an empty or dominant prototype suggests another K or other images.</source>
        <translation>以各原型为最近原型的记忆库图像块数量。Sinkhorn K-means 为每个原型分配相同的质量份额，因此各柱高度大致相当；若某个原型为空或占主导，建议换一个 K 值或换用其他图像。</translation>
    </message>
    <message>
        <source>Build or open a memory bank to see how its prototypes are used.</source>
        <translation>构建或打开记忆库以查看其原型的使用情况。</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>层(&amp;Y)：</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>This bank keeps all patches (exact nearest neighbour): every patch is its own prototype, so there is no usage to show.</source>
        <translation>此记忆库保留所有图像块（精确最近邻）：每个图像块都是自己的原型，因此没有可显示的使用情况。</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
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
        <translation>报告对象：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>页面尺寸：</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>导出 PDF(&amp;E)...</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Reading the project...</source>
        <translation>正在读取项目...</translation>
    </message>
    <message>
        <source>The project holds no inspection batch or evaluation yet.</source>
        <translation>项目中还没有检测批次或评估。</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n page(s).</source>
        <translation>
            <numerusform>前 %n 页的预览。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>已写入 %1（%2 页）。</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ReviewViewer</name>
    <message>
        <source>Pixel threshold: regions scoring at or above it are outlined as defects.</source>
        <translation>像素阈值：得分达到或超过该值的区域将被勾勒为缺陷。</translation>
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
        <translation>灰度</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>使图像适应窗口 (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show the image at its actual size (1)</source>
        <translation>以实际大小显示图像 (1)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个区域</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ScanPage</name>
    <message>
        <source>Scanning</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Reading the folder, checking every image and mask, hashing the files.</source>
        <translation>正在读取文件夹，检查每张图像和掩码，计算文件哈希。</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Train good</source>
        <translation>训练良品</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>测试良品</translation>
    </message>
    <message>
        <source>Test defective</source>
        <translation>测试缺陷品</translation>
    </message>
    <message>
        <source>Defect types</source>
        <translation>缺陷类型</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>正在扫描...</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>Scan canceled. Go back to choose another folder.</source>
        <translation>扫描已取消。请返回选择其他文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Layout: %1. %n image(s) in %2 class(es); %3 error(s), %4 warning(s).</source>
        <translation>
            <numerusform>布局：%1。%2 个类别中共 %n 张图像；%3 个错误，%4 个警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ScoreHistogram</name>
    <message>
        <source>Image score</source>
        <translation>图像得分</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>缺陷品</translation>
    </message>
    <message>
        <source>Image scores: good vs defective</source>
        <translation>图像得分：良品与缺陷品</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ScoreSparkline</name>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
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
        <translation>全部核心（%1）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Models directory</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>Operator (reports)</source>
        <translation>操作员（报告）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Backbone weights</source>
        <translation>骨干网络权重</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Freed tensor memory kept for the next inference. Saves the operating system&apos;s page faults on large batches; the memory stays reserved by this program.</source>
        <translation>保留已释放的张量内存供下一次推理使用。在大批量时可减少操作系统的缺页中断；这部分内存将由本程序保留。</translation>
    </message>
    <message>
        <source>Tensor memory cache</source>
        <translation>张量内存缓存</translation>
    </message>
    <message>
        <source>fp32 (exact; the default)</source>
        <translation>fp32（精确；默认）</translation>
    </message>
    <message>
        <source>bf16 (faster on CPUs with AVX512_BF16 and on CUDA)</source>
        <translation>bf16（在支持 AVX512_BF16 的 CPU 和 CUDA 上更快）</translation>
    </message>
    <message>
        <source>Number format of the backbones&apos; and the training step&apos;s products. bf16 rounds their inputs to 8 significant bits and sums in fp32; scores change slightly (docs/performance.md).</source>
        <translation>骨干网络和训练步骤中矩阵乘积的数值格式。bf16 将输入舍入到 8 个有效位并以 fp32 累加；分数会略有变化（docs/performance.md）。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>计算精度</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::TrainingMonitor</name>
    <message>
        <source>No training running.</source>
        <translation>没有正在进行的训练。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>从最后一个检查点继续</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>source CE</source>
        <translation>源 CE</translation>
    </message>
    <message>
        <source>target CE</source>
        <translation>目标 CE</translation>
    </message>
    <message>
        <source>target MSE</source>
        <translation>目标 MSE</translation>
    </message>
    <message>
        <source>Step / epoch</source>
        <translation>步 / 轮次</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Pseudo-label coverage</source>
        <translation>伪标签覆盖率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>pseudo-label coverage (per epoch)</source>
        <translation>伪标签覆盖率（每轮次）</translation>
    </message>
    <message>
        <source>Loading the backbones...</source>
        <translation>正在加载骨干网络...</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Training completed. Last checkpoint: %1</source>
        <translation>训练已完成。最后一个检查点：%1</translation>
    </message>
    <message>
        <source>Training canceled; the last epoch&apos;s checkpoint is kept. Resume continues from it.</source>
        <translation>训练已取消；保留了最后一个轮次的检查点。恢复时将从该检查点继续。</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>将在当前步完成后停止...</translation>
    </message>
    <message>
        <source>epoch %1/%2 %3: loss %4 (source CE %5, target CE %6, target MSE %7), lr %8, coverage %9%, %10 s</source>
        <translation>轮次 %1/%2 %3：损失 %4（源 CE %5，目标 CE %6，目标 MSE %7），lr %8，覆盖率 %9%，%10 秒</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>联合</translation>
    </message>
    <message>
        <source>source only</source>
        <translation>仅源</translation>
    </message>
    <message>
        <source>ETA %1:%2</source>
        <translation>预计剩余 %1:%2</translation>
    </message>
    <message>
        <source>Training losses</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Learning rate and pseudo-label coverage</source>
        <translation>学习率与伪标签覆盖率</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message numerus="yes">
        <source>Recorded run: %n epoch(s).</source>
        <translation>
            <numerusform>已记录的运行：%n 个轮次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::TrainingSettingsForm</name>
    <message>
        <source>paper: 50 epochs, Hiera-huge + ViT-S/14 as the paper. cpu: Hiera-tiny + ViT-S/14 and fewer epochs, so a demo trains in minutes on a CPU.</source>
        <translation>paper：50 个轮次，Hiera-huge + ViT-S/14，与论文一致。cpu：Hiera-tiny + ViT-S/14，轮次更少，演示可在 CPU 上几分钟内训练完成。</translation>
    </message>
    <message>
        <source>Frozen Hiera backbone: a variant (hiera_tiny_224 ... hiera_huge_224), a registry name, a .safetensors file, or random:&lt;variant&gt;[:seed] (untrained).</source>
        <translation>冻结的 Hiera 骨干网络：一个变体（hiera_tiny_224 ... hiera_huge_224）、注册名称、.safetensors 文件，或 random:&lt;variant&gt;[:seed]（未训练）。</translation>
    </message>
    <message>
        <source>Frozen DINOv2 backbone (method.md 1.3); default ViT-S/14, d_dino = 384, as the paper.</source>
        <translation>冻结的 DINOv2 骨干网络（method.md 1.3）；默认 ViT-S/14，d_dino = 384，与论文一致。</translation>
    </message>
    <message>
        <source>Input size S: a multiple of 32 (Hiera&apos;s stride); default 224.</source>
        <translation>输入尺寸 S：32 的倍数（Hiera 的步幅）；默认 224。</translation>
    </message>
    <message>
        <source>Epochs T = 50 (GPU default). The first 20% train on the source loss only (phase 1), then all terms (phase 2).</source>
        <translation>轮次 T = 50（GPU 默认值）。前 20% 仅用源损失训练（阶段 1），之后使用全部损失项（阶段 2）。</translation>
    </message>
    <message>
        <source>Adam, lr 1e-4, linear warm-up over the first 5% of steps then cosine decay to 0.</source>
        <translation>Adam，lr 1e-4，在前 5% 的步中线性预热，然后余弦衰减至 0。</translation>
    </message>
    <message>
        <source>L = L_s + lambda1 L_t_ce + lambda2 L_t_mse; lambda1 weighs the target cross-entropy against the pseudo-labels (default 1).</source>
        <translation>L = L_s + lambda1 L_t_ce + lambda2 L_t_mse；lambda1 为针对伪标签的目标交叉熵的权重（默认 1）。</translation>
    </message>
    <message>
        <source>lambda2 weighs the augmentation-consistency MSE (default 1).</source>
        <translation>lambda2 为增强一致性 MSE 的权重（默认 1）。</translation>
    </message>
    <message>
        <source>Pixels whose maximal pseudo-label probability exceeds theta = 0.7 get the arg-max label; the others are ignored.</source>
        <translation>最大伪标签概率超过 theta = 0.7 的像素获得 arg-max 标签；其余像素被忽略。</translation>
    </message>
    <message>
        <source>Multi-task heads (one per source class)</source>
        <translation>多任务头（每个源类别一个）</translation>
    </message>
    <message>
        <source>mtl = true; off: one shared segmentation head for all source classes (the paper&apos;s &quot;without MTL&quot; ablation).</source>
        <translation>mtl = true；关闭时：所有源类别共用一个分割头（论文中“无 MTL”的消融实验）。</translation>
    </message>
    <message>
        <source>Pseudo-labels for the target classes</source>
        <translation>目标类别的伪标签</translation>
    </message>
    <message>
        <source>pseudo_labels = true; off: train on the source loss only.</source>
        <translation>pseudo_labels = true；关闭时：仅用源损失训练。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
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
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>lambda1 (target CE)</source>
        <translation>lambda1（目标 CE）</translation>
    </message>
    <message>
        <source>lambda2 (consistency MSE)</source>
        <translation>lambda2（一致性 MSE）</translation>
    </message>
    <message>
        <source>theta (pseudo-label confidence)</source>
        <translation>theta（伪标签置信度）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::TrainingWizard</name>
    <message>
        <source>Source and target classes</source>
        <translation>源类别和目标类别</translation>
    </message>
    <message>
        <source>Source classes are labelled (their test images and masks supervise training); target classes are the new products, learned without labels.</source>
        <translation>源类别带有标注（其测试图像和掩码用于监督训练）；目标类别是新产品，在无标注的情况下学习。</translation>
    </message>
    <message>
        <source>Draw split</source>
        <translation>随机抽取划分</translation>
    </message>
    <message>
        <source>Paper split (source/target):</source>
        <translation>论文划分（源/目标）：</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Defaults follow method.md; hover a field for its meaning.</source>
        <translation>默认值遵循 method.md；将鼠标悬停在字段上可查看其含义。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Sources: %1
Targets: %2
Backbones: %3 + %4 at %5 px
%6 epochs, batch %7, lr %8; run folder %9</source>
        <translation>源类别：%1
目标类别：%2
骨干网络：%3 + %4，%5 px
%6 个轮次，批大小 %7，lr %8；运行文件夹 %9</translation>
    </message>
    <message>
        <source>Measuring this machine&apos;s speed...</source>
        <translation>正在测量本机速度...</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>测量中</translation>
    </message>
    <message>
        <source>Estimated time: about %1 min (%2 s per image for the frozen backbones on this machine, %3 images).</source>
        <translation>预计时间：约 %1 分钟（本机冻结骨干网络每张图像 %2 秒，共 %3 张图像）。</translation>
    </message>
    <message>
        <source>No time estimate: %1</source>
        <translation>无法估计时间：%1</translation>
    </message>
    <message>
        <source>Train NexViTAD</source>
        <translation>训练 NexViTAD</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::UntrainedBanner</name>
    <message>
        <source>&lt;b&gt;Untrained backbone.&lt;/b&gt; These results come from seeded random backbone weights: they show how the workstation works, not how well NexViTAD detects defects. Download or import the pretrained weights under Settings &gt; Backbone weights.</source>
        <translation>&lt;b&gt;未训练的骨干网络。&lt;/b&gt;这些结果来自带种子的随机骨干网络权重：它们展示的是工作站的工作方式，而非 NexViTAD 检测缺陷的效果。请在“设置 &gt; 骨干网络权重”中下载或导入预训练权重。</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::ValueTableModel</name>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
</context>
<context>
    <name>nexvitad::ui::WeightsPage</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download the selected model from the Hugging Face hub; an interrupted download resumes where it stopped.</source>
        <translation>从 Hugging Face Hub 下载所选模型；中断的下载会从停止处继续。</translation>
    </message>
    <message>
        <source>Import from file...</source>
        <translation>从文件导入...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import backbone weights</source>
        <translation>导入骨干网络权重</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>safetensors 文件 (*.safetensors)</translation>
    </message>
    <message>
        <source>Models directory: %1</source>
        <translation>模型目录：%1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>partly downloaded (%1)</source>
        <translation>部分下载（%1）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Canceled. A partial download is kept and resumes next time.</source>
        <translation>已取消。部分下载的内容已保留，下次将继续。</translation>
    </message>
    <message>
        <source>Downloading %1...</source>
        <translation>正在下载 %1...</translation>
    </message>
    <message>
        <source>%1 is already present.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2).</source>
        <translation>已下载 %1（%2）。</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation>已将 %1 导入为 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pretrained backbone weights.&lt;/b&gt; Without Hiera and DINOv2 weights, trainings and memory banks use seeded random (&quot;untrained&quot;) backbones: their results show how the workstation works, not how well NexViTAD detects defects. Download or import the weights below.</source>
        <translation>&lt;b&gt;没有预训练的骨干网络权重。&lt;/b&gt;没有 Hiera 和 DINOv2 权重时，训练和记忆库使用由种子生成的随机（“未训练”）骨干网络：其结果只说明工作站如何运作，而不代表 NexViTAD 检测缺陷的能力。请在下方下载或导入权重。</translation>
    </message>
</context>
</TS>
