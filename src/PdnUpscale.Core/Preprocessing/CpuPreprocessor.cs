// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Preprocessing;

/// <summary>The CPU preprocess stage: bleeds colour once per image, then gathers reflect-padded NCHW tiles.</summary>
/// <param name="parallelism">The most threads to use.</param>
public sealed class CpuPreprocessor(int parallelism) : IPreprocessor
{
    /// <summary>Initializes a new instance of the <see cref="CpuPreprocessor"/> class that uses every processor.</summary>
    public CpuPreprocessor()
        : this(Environment.ProcessorCount)
    {
    }

    /// <inheritdoc/>
    public IPreprocessJob Begin(Bgra32Image source, PreprocessSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        bool bleed = settings.BleedPasses > 0 && PixelScan.AnyAlphaBelow(source, 1);
        Bgra32Image pixels = bleed ? ColorBleeder.Bleed(source, settings.BleedPasses, parallelism, cancellationToken) : source;
        return new CpuPreprocessJob(pixels, ownsPixels: bleed, settings, parallelism);
    }
}
