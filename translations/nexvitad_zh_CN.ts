<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Checks versions, devices, threads, BLAS speed and backbone weights. Exit code 0 when the engine can run here.</source>
        <translation>检查版本、设备、线程、BLAS 速度和骨干网络权重。引擎可在本机运行时退出码为 0。</translation>
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
        <source>Weights:      none (demos use seeded random &quot;untrained&quot; backbones)</source>
        <translation>权重：        无（演示使用固定种子的随机“未训练”骨干网络）</translation>
    </message>
    <message>
        <source>Weights:      %1</source>
        <translation>权重：        %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Status:       usable</source>
        <translation>状态：        可用</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
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
    <name>MainWindow</name>
    <message>
        <source>NexViTAD Workstation</source>
        <translation>NexViTAD 工作站</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NexViTAD Workstation&lt;/h2&gt;&lt;p&gt;Few-shot, cross-domain defect detection.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NexViTAD 工作站&lt;/h2&gt;&lt;p&gt;小样本跨域缺陷检测。&lt;/p&gt;</translation>
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
        <source>Ready</source>
        <translation>就绪</translation>
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
</context>
<context>
    <name>nexvitad::Canceled</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>已被用户取消。</translation>
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
</TS>
