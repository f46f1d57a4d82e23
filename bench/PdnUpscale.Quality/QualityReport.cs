// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;

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
        IReadOnlyDictionary<string, string[]> chosen = settings.Models is { Length: > 0 } given
            ? UpscalePresets.All.ToDictionary(p => p.Id, _ => given)
            : settings.Quick ? UpscalePresets.All.ToDictionary(p => p.Id, _ => Array.Empty<string>())
            : Screening.Run(outputs, installed, settings.Photos[0], RepoRoot(), settings.Top, report);
        if (!settings.ScreenOnly)
        {
            var sets = new FullSets(settings, RepoRoot(), id => [.. ModelsFor(id, chosen, installed).SelectMany(m => Candidate.ModelVariants(outputs, m)), .. PresetAsHostsRunIt(id, outputs, installed)]);
            foreach (int scale in settings.Scales)
            {
                sets.Run(scale, report);
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Model inference time: {string.Join(", ", installed.Where(m => outputs.Spent(m.Id) > TimeSpan.Zero).Select(m => $"{m.Id} {outputs.Spent(m.Id).TotalSeconds:0} s"))}.");
        if (settings.OutputPath is not null)
        {
            File.WriteAllText(settings.OutputPath, report.ToString());
        }

        return 0;
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

    private static IEnumerable<ModelDescriptor> ModelsFor(string presetId, IReadOnlyDictionary<string, string[]> chosen, ModelDescriptor[] installed)
    {
        // The preset's current model always stays in, so its figures sit next to the challengers'.
        string[] ids = [.. chosen[presetId].Prepend(UpscalePresets.Find(presetId)!.ModelId).Distinct()];
        return ids.Select(id => installed.FirstOrDefault(m => m.Id == id)).OfType<ModelDescriptor>();
    }
}
