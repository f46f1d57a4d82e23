// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Security.Cryptography;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Keeps the last few upscales, keyed by the source pixels and the settings that affect the result, so
/// that Paint.NET's repeated token updates (every control change, the final OK) run inference only once.
/// Two entries cover switching between the two workflows, whose sources differ.
/// </summary>
public sealed class ResultCache : IDisposable
{
    private readonly LinkedList<(string Key, UpscaleOutcome Run)> entries = new();
    private readonly int capacity;

    /// <summary>Initializes a new instance of the <see cref="ResultCache"/> class.</summary>
    /// <param name="capacity">How many results to keep, at least 1.</param>
    public ResultCache(int capacity = 2) => this.capacity = Math.Max(1, capacity);

    /// <summary>Gets the number of inference runs stored so far (hits do not count).</summary>
    public int Stores { get; private set; }

    /// <summary>Computes the key of a source image and the settings that shape its result.</summary>
    /// <param name="source">The source pixels.</param>
    /// <param name="settings">A description of everything else that changes the result.</param>
    /// <returns>A hex key.</returns>
    public static string KeyFor(Bgra32Image source, string settings)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(source.Width));
        hash.AppendData(BitConverter.GetBytes(source.Height));
        for (int y = 0; y < source.Height; y++)
        {
            hash.AppendData(source.GetRow(y));
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(settings));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Looks a result up and marks it most recently used.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The run, or null.</returns>
    public UpscaleOutcome? TryGet(string key)
    {
        for (var node = this.entries.First; node is not null; node = node.Next)
        {
            if (node.Value.Key == key)
            {
                this.entries.Remove(node);
                this.entries.AddFirst(node);
                return node.Value.Run;
            }
        }

        return null;
    }

    /// <summary>Stores a run, disposing the least recently used one beyond the capacity.</summary>
    /// <param name="key">The key.</param>
    /// <param name="run">The run; the cache owns it from now on.</param>
    public void Add(string key, UpscaleOutcome run)
    {
        this.entries.AddFirst((key, run));
        this.Stores++;
        while (this.entries.Count > this.capacity)
        {
            this.entries.Last!.Value.Run.Dispose();
            this.entries.RemoveLast();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach ((_, UpscaleOutcome run) in this.entries)
        {
            run.Dispose();
        }

        this.entries.Clear();
    }
}
