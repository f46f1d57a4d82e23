// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Reflection;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Imaging;

/// <summary>
/// The metadata written with a result: the input's colour profile, plus text saying which software and model
/// made it and at what scale, so nobody mistakes invented detail for a real capture.
/// </summary>
internal static class Provenance
{
    /// <summary>The text key naming the software.</summary>
    public const string SoftwareKey = "Software";

    /// <summary>The text key naming the model.</summary>
    public const string ModelKey = "PdnUpscale model";

    /// <summary>The text key giving the scale and sizes.</summary>
    public const string ScaleKey = "PdnUpscale scale";

    /// <summary>Builds the output metadata.</summary>
    /// <param name="source">The decoded input.</param>
    /// <param name="result">The upscale result.</param>
    /// <param name="model">The model used.</param>
    /// <returns>The metadata for the encoder.</returns>
    public static ImageMetadata Describe(DecodedImage source, UpscaleResult result, ModelDescriptor model)
    {
        var metadata = new ImageMetadata
        {
            IccProfile = source.Metadata.IccProfile,
            HasAlpha = source.Metadata.HasAlpha,
            IsGrayscale = source.Metadata.IsGrayscale,
        };
        string version = typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        metadata.Text[SoftwareKey] = $"PdnUpscale {version.Split('+')[0]}";
        bool modelRan = result.ModelPasses > 0;
        metadata.Text[ModelKey] = modelRan ? model.Id : "none (plain bicubic resampling)";
        double scale = (double)result.Image.Width / source.Image.Width;
        metadata.Text[ScaleKey] = string.Create(
            CultureInfo.InvariantCulture,
            $"{scale:0.###}x ({source.Image.Width}x{source.Image.Height} to {result.Image.Width}x{result.Image.Height}); {(modelRan ? "detail added by the model is invented" : "interpolated, no detail added")}");
        return metadata;
    }
}
