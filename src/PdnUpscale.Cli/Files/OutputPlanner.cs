// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Errors;

namespace PdnUpscale.Cli.Files;

/// <summary>
/// Decides where each image's result goes and refuses, before any work, every plan that would lose data:
/// replacing an input (even with <c>--overwrite</c>), replacing an existing file without <c>--overwrite</c>,
/// or two images writing the same file.
/// </summary>
internal static class OutputPlanner
{
    /// <summary>The suffix of results written next to their input.</summary>
    public const string DefaultSuffix = "-upscaled";

    /// <summary>Plans the outputs.</summary>
    /// <param name="inputs">The input images (full paths).</param>
    /// <param name="output">The <c>-o</c> file, or null.</param>
    /// <param name="outputDirectory">The <c>--out-dir</c> folder, or null.</param>
    /// <param name="format">The <c>--format</c>, or null to follow the output or input name.</param>
    /// <param name="overwrite">Whether existing files may be replaced.</param>
    /// <returns>One job per input.</returns>
    /// <exception cref="UpscaleException">The plan would lose data or the arguments conflict.</exception>
    public static IReadOnlyList<OutputJob> Plan(IReadOnlyList<string> inputs, string? output, string? outputDirectory, ImageFileFormat? format, bool overwrite)
    {
        if (output is not null && inputs.Count != 1)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"-o names one output file but {inputs.Count} images were given; use --out-dir for several.");
        }

        var inputSet = new HashSet<string>(inputs, PathComparer.Instance);
        var planned = new HashSet<string>(PathComparer.Instance);
        var jobs = new List<OutputJob>(inputs.Count);
        foreach (string input in inputs)
        {
            string target = output is not null ? Path.GetFullPath(output) : DefaultTarget(input, outputDirectory, format);
            ImageFileFormat targetFormat = output is null ? ImageFileFormats.FromPath(target)!.Value : FormatOfOutput(output, format);

            if (inputSet.Contains(target))
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the output would replace an input image; choose another output name.");
            }

            if (!planned.Add(target))
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: two input images would write this same output file.");
            }

            if (!overwrite && File.Exists(target))
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the file already exists; pass --overwrite to replace it.");
            }

            if (outputDirectory is null && !Directory.Exists(Path.GetDirectoryName(target)))
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the output folder does not exist.");
            }

            if (Directory.Exists(target))
            {
                throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the output is a folder; use --out-dir to write into a folder.");
            }

            jobs.Add(new OutputJob(input, target, targetFormat));
        }

        return jobs;
    }

    private static ImageFileFormat FormatOfOutput(string output, ImageFileFormat? format)
    {
        ImageFileFormat? named = ImageFileFormats.FromPath(output);
        if (named is null && format is null)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{output}: the extension names no output format; use .png, .jpg or .webp, or --format.");
        }

        if (named is not null && format is not null && named != format)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{output}: the file name says {named} but --format asks for {format}.");
        }

        return format ?? named!.Value;
    }

    private static string DefaultTarget(string input, string? outputDirectory, ImageFileFormat? format)
    {
        ImageFileFormat chosen = format ?? ImageFileFormats.FromPath(input) ?? ImageFileFormat.Png;
        string stem = Path.GetFileNameWithoutExtension(input);
        string extension = ImageFileFormats.GetExtension(chosen);
        return outputDirectory is null
            ? Path.Combine(Path.GetDirectoryName(input)!, stem + DefaultSuffix + extension)
            : Path.Combine(Path.GetFullPath(outputDirectory), stem + extension);
    }
}

/// <summary>One image to upscale and where its result goes.</summary>
/// <param name="Input">The input image (full path).</param>
/// <param name="Output">The output file (full path).</param>
/// <param name="Format">The output format.</param>
internal sealed record OutputJob(string Input, string Output, ImageFileFormat Format);
