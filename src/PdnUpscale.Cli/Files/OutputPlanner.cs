// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Errors;

namespace PdnUpscale.Cli.Files;

/// <summary>
/// Decides where every file of a run goes (each result, and the <c>--explain</c> heat map) and refuses, before
/// any work, every plan that would lose data: writing onto an input (even with <c>--overwrite</c>), two files of
/// the run landing on the same file, or replacing an existing file without <c>--overwrite</c>. Files are compared
/// by what they really are (<see cref="FileIdentity"/>: symbolic links resolved, folders included), not by how
/// they were named.
/// </summary>
internal static class OutputPlanner
{
    /// <summary>The suffix of results written next to their input.</summary>
    public const string DefaultSuffix = "-upscaled";

    /// <summary>The longest file name most file systems take, in bytes of UTF-8 (255 on Linux and macOS).</summary>
    public const int MaxFileNameBytes = 255;

    /// <summary>Plans the outputs.</summary>
    /// <param name="inputs">The input images.</param>
    /// <param name="request">Where the user asked the results to go.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="UpscaleException">The plan would lose data or the arguments conflict.</exception>
    public static OutputPlan Plan(IReadOnlyList<InputImage> inputs, OutputRequest request)
    {
        string? outputDirectory = request.OutputDirectory is { } dir ? Path.GetFullPath(dir) : null;
        if (outputDirectory is not null && File.Exists(outputDirectory))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{request.OutputDirectory}: --out-dir names a file, not a folder.");
        }

        var targets = inputs.Select(i => request.Output is not null ? Path.GetFullPath(request.Output) : DefaultTarget(i.Path, outputDirectory, request.Format)).ToList();
        var resultOf = new Dictionary<string, int>(FileIdentity.Comparer);
        for (int i = 0; i < inputs.Count; i++)
        {
            resultOf.TryAdd(FileIdentity.Of(targets[i]), i);
        }

        // Re-running on a folder: files found there that are this run's own results (from an earlier run) are
        // not inputs, or every run would enlarge the last run's results too.
        var jobs = new List<OutputJob>(inputs.Count);
        var skipped = new List<string>();
        var kept = new List<(InputImage Input, string Target)>();
        for (int i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].FromFolder && request.Output is null && resultOf.TryGetValue(inputs[i].Identity, out int source) && source != i)
            {
                skipped.Add(inputs[i].Path);
            }
            else
            {
                kept.Add((inputs[i], targets[i]));
            }
        }

        if (request.Output is not null && kept.Count != 1)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"-o names one output file but {kept.Count} images were given; use --out-dir for several.");
        }

        if (request.Explain is not null && kept.Count != 1)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"--explain names one file, so it needs exactly one input image, not {kept.Count}.");
        }

        var inputIdentities = new HashSet<string>(kept.Select(k => k.Input.Identity), FileIdentity.Comparer);
        var planned = new HashSet<string>(FileIdentity.Comparer);
        foreach ((InputImage input, string target) in kept)
        {
            ImageFileFormat format = request.Output is null ? ImageFileFormats.FromPath(target)!.Value : FormatOfOutput(request.Output, request.Format);
            Claim(target, "output", inputIdentities, planned, request.Overwrite, mustHaveFolder: outputDirectory is null);
            jobs.Add(new OutputJob(input.Path, target, format));
        }

        string? explain = request.Explain is { } e ? Path.GetFullPath(e) : null;
        if (explain is not null)
        {
            Claim(explain, "--explain file", inputIdentities, planned, request.Overwrite, mustHaveFolder: true);
        }

        return new OutputPlan(jobs, explain, skipped);
    }

    /// <summary>Checks one file the run will write and records it as planned.</summary>
    private static void Claim(string target, string what, HashSet<string> inputs, HashSet<string> planned, bool overwrite, bool mustHaveFolder)
    {
        string identity = FileIdentity.Of(target);
        if (inputs.Contains(identity))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the {what} would replace an input image{(identity != target ? $" ({identity})" : string.Empty)}; choose another name.");
        }

        if (!planned.Add(identity))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: two files of this run would be written here; give each its own name.");
        }

        if (Encoding.UTF8.GetByteCount(Path.GetFileName(target)) is var bytes and > MaxFileNameBytes)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the {what}'s name is {bytes} bytes long, more than the {MaxFileNameBytes} a file system allows.");
        }

        if (Directory.Exists(target))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the {what} is a folder{(what == "output" ? "; use --out-dir to write into a folder" : string.Empty)}.");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the file already exists; pass --overwrite to replace it.");
        }

        if (File.Exists(target) && new FileInfo(target).Length == 0)
        {
            // Earlier results are never empty; an empty name here may be a device node, which a rename would replace.
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the existing file is empty or not a regular file; it is left alone.");
        }

        if (mustHaveFolder && !Directory.Exists(Path.GetDirectoryName(target)))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{target}: the {what}'s folder does not exist.");
        }
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
            : Path.Combine(outputDirectory, stem + extension);
    }
}

/// <summary>Where the user asked the results to go.</summary>
/// <param name="Output">The <c>-o</c> file, or null.</param>
/// <param name="OutputDirectory">The <c>--out-dir</c> folder, or null.</param>
/// <param name="Explain">The <c>--explain</c> file, or null.</param>
/// <param name="Format">The <c>--format</c>, or null to follow the output or input name.</param>
/// <param name="Overwrite">Whether existing files (never inputs) may be replaced.</param>
internal sealed record OutputRequest(string? Output, string? OutputDirectory, string? Explain, ImageFileFormat? Format, bool Overwrite);

/// <summary>Every file a run writes, checked before any work.</summary>
/// <param name="Jobs">One job per input image.</param>
/// <param name="Explain">The <c>--explain</c> file (full path), or null.</param>
/// <param name="Skipped">Files found in folders that are results of this run's own inputs, from an earlier run.</param>
internal sealed record OutputPlan(IReadOnlyList<OutputJob> Jobs, string? Explain, IReadOnlyList<string> Skipped);

/// <summary>One image to upscale and where its result goes.</summary>
/// <param name="Input">The input image (full path).</param>
/// <param name="Output">The output file (full path).</param>
/// <param name="Format">The output format.</param>
internal sealed record OutputJob(string Input, string Output, ImageFileFormat Format);
