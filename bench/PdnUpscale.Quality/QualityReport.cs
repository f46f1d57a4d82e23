// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Quality;

/// <summary>
/// Runs the harness: screening of every installed model (unless told which models to use), then the full sets
/// at every scale with the plain methods and the chosen models' fidelity variants, one Markdown table per set
/// and scale.
/// </summary>
public static class QualityReport
{
    private static readonly string[] PhotoNames = ["astronaut", "coffee", "chelsea", "camera"];

    /// <summary>Gets the skimage photos that <c>tests/tools/get-test-photos</c> unpacks under <c>.cache/</c>.</summary>
    /// <returns>The photo paths.</returns>
    public static string[] DefaultPhotos()
    {
        string data = Path.Combine(RepoRoot(), ".cache/skimage/data");
        return PhotoNames.Select(n => Path.Combine(data, n + ".png")).ToArray();
    }

    /// <summary>Runs the harness.</summary>
    /// <param name="settings">What to run.</param>
    /// <returns>The exit code.</returns>
    public static int Run(QualitySettings settings)
    {
        using var upscaler = new Upscaler();
        using var outputs = new ModelOutputs(upscaler, settings.Precision);
        ModelDescriptor[] installed = [.. ModelCatalog.LoadBundled().Discover().Where(m => m.OnnxPath is not null)];
        var report = new StringBuilder();
        if (settings.PicturesTo is not null)
        {
            using var service = new UpscaleService(ModelLibrary.Discover());
            Pictures.Write(service, settings.Photos[0], settings.PicturesTo);
            return 0;
        }

        if (settings.Classify)
        {
            var mistakes = ContentEvaluation.Run(Path.Combine(RepoRoot(), ".cache/skimage/data"), report, settings.SaveSetTo);
            ContentEvaluation.Costs(mistakes, preset => PresetCandidate(preset, outputs, installed), report);
            foreach ((ContentSample sample, _) in mistakes)
            {
                sample.Dispose();
            }

            WriteReport(settings, report);
            return 0;
        }

        IReadOnlyDictionary<string, string[]> chosen = settings.Models is { Length: > 0 } given
            ? UpscalePresets.All.ToDictionary(p => p.Id, _ => given)
            : settings.Quick || settings.DefaultOnly ? UpscalePresets.All.ToDictionary(p => p.Id, _ => Array.Empty<string>())
            : Screening.Run(outputs, installed, settings.Photos[0], RepoRoot(), settings.Top, report);
        if (!settings.ScreenOnly)
        {
            using var service = new UpscaleService(ModelLibrary.Discover());
            Candidate byDefault = Candidate.Default(service);
            var figures = new DefaultCommandFigures(byDefault);
            var sets = new FullSets(settings, RepoRoot(), id => settings.DefaultOnly ? [byDefault] : [.. ModelsFor(id, chosen, installed).SelectMany(m => Candidate.ModelVariants(outputs, m)), .. PresetAsHostsRunIt(id, outputs, installed), byDefault], figures);
            var degraded = new DegradedPhotos(settings.Quick ? settings.Photos[..1] : settings.Photos, outputs, installed, byDefault, settings.DefaultOnly, figures);
            foreach (int scale in settings.Scales)
            {
                sets.Run(scale, report);
                if (settings.Sets.Contains("jpeg"))
                {
                    degraded.RunJpeg(scale, report);
                }

                if (settings.Sets.Contains("soft"))
                {
                    degraded.RunSoft(scale, report);
                }

                if (settings.Sets.Contains("textjpeg"))
                {
                    degraded.RunTextJpeg(scale, PresetAsHostsRunIt("text", outputs, installed).Single(), report);
                }
            }

            if (settings.PlotsTo is not null)
            {
                foreach (string file in figures.WritePlots(settings.PlotsTo).Concat(Pictures.WriteKinds(service, settings.PlotsTo)))
                {
                    Console.WriteLine($"{file}: {new FileInfo(file).Length / 1024} KB");
                }
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Model inference time: {string.Join(", ", installed.Where(m => outputs.Spent(m.Id) > TimeSpan.Zero).Select(m => $"{m.Id} {outputs.Spent(m.Id).TotalSeconds:0} s"))}.");
        WriteReport(settings, report);
        return 0;
    }

    private static void WriteReport(QualitySettings settings, StringBuilder report)
    {
        if (settings.OutputPath is not null)
        {
            File.WriteAllText(settings.OutputPath, report.ToString());
        }
    }

    /// <summary>Finds the repository root (the folder holding <c>PdnUpscale.sln</c>) above the harness.</summary>
    /// <returns>The root, or the current directory.</returns>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PdnUpscale.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The preset as the hosts run it, where that differs from a fixed model and fidelity (the text preset's small-text rule).</summary>
    private static IEnumerable<Candidate> PresetAsHostsRunIt(string presetId, ModelOutputs outputs, ModelDescriptor[] installed)
    {
        UpscalePreset preset = UpscalePresets.Find(presetId)!;
        return preset.SmallText is not null && installed.FirstOrDefault(m => m.Id == preset.ModelId) is { } model
            ? [Candidate.Preset(outputs, preset, model)]
            : [];
    }

    /// <summary>A preset exactly as the hosts run it: its model and fidelity, and its small-text rule if it has one.</summary>
    private static Candidate PresetCandidate(UpscalePreset preset, ModelOutputs outputs, ModelDescriptor[] installed)
    {
        ModelDescriptor model = installed.FirstOrDefault(m => m.Id == preset.ModelId) ?? throw new InvalidOperationException($"The {preset.Id} preset's model {preset.ModelId} is not installed.");
        FidelityOptions f = preset.Fidelity;
        return preset.SmallText is not null ? Candidate.Preset(outputs, preset, model) : Candidate.Model(outputs, model, f.Strength, f.Kernel, f.ClampToInputRange);
    }

    private static IEnumerable<ModelDescriptor> ModelsFor(string presetId, IReadOnlyDictionary<string, string[]> chosen, ModelDescriptor[] installed)
    {
        // The preset's current model always stays in, so its figures sit next to the challengers'.
        string[] ids = [.. chosen[presetId].Prepend(UpscalePresets.Find(presetId)!.ModelId).Distinct()];
        return ids.Select(id => installed.FirstOrDefault(m => m.Id == id)).OfType<ModelDescriptor>();
    }
}
