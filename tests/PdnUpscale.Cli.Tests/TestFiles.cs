// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Tests;

/// <summary>A fresh temporary folder per test, deleted afterwards, with the committed test image at hand.</summary>
internal sealed class TestFiles : IDisposable
{
    /// <summary>Initializes a new instance of the <see cref="TestFiles"/> class.</summary>
    public TestFiles() => this.Folder = Directory.CreateTempSubdirectory("pdnupscale-cli-tests-").FullName;

    /// <summary>Gets the committed 32×24 photo crop (an eye from scikit-image's public-domain astronaut).</summary>
    public static string Photo => Path.Combine(AppContext.BaseDirectory, "Images", "astronaut-32x24.png");

    /// <summary>Gets the temporary folder.</summary>
    public string Folder { get; }

    /// <summary>Gets a path in the folder.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The full path.</returns>
    public string PathOf(string name) => System.IO.Path.Combine(this.Folder, name);

    /// <summary>Copies the test photo into the folder.</summary>
    /// <param name="name">The file name to give it.</param>
    /// <returns>The full path.</returns>
    public string CopyPhoto(string name = "photo.png")
    {
        string path = this.PathOf(name);
        File.Copy(Photo, path);
        return path;
    }

    /// <summary>Gets the names of all files in the folder, hidden and temporary ones included.</summary>
    /// <returns>The sorted names.</returns>
    public string[] FileNames() => Directory.GetFiles(this.Folder).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(this.Folder, recursive: true);
}
