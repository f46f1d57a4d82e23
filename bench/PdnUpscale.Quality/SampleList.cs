// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>A materialised set of samples, disposed together.</summary>
/// <param name="samples">The samples.</param>
public sealed class SampleList(IEnumerable<QualitySample> samples) : IDisposable
{
    /// <summary>Gets the samples.</summary>
    public IReadOnlyList<QualitySample> Items { get; } = samples.ToArray();

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (QualitySample sample in this.Items)
        {
            sample.Dispose();
        }
    }
}
