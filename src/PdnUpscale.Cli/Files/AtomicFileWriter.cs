// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Files;

/// <summary>
/// Writes a file all at once or not at all: the content goes to a hidden temporary file in the target folder
/// (same volume, so the final rename is atomic), which is renamed onto the target only when complete. On any
/// failure or cancellation the temporary file is deleted, so no partial or temporary file is left behind.
/// The temporary name does not grow with the target's, so any name the planner accepts can be written.
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>The suffix of temporary files, so tests and users can recognise strays.</summary>
    public const string TemporarySuffix = ".pdnupscale-tmp";

    /// <summary>Writes <paramref name="path"/> through a temporary file.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="overwrite">Whether an existing target may be replaced.</param>
    /// <param name="write">Writes the content; it may throw, including <see cref="OperationCanceledException"/>.</param>
    /// <param name="cancellationToken">Checked after writing, before the rename.</param>
    /// <exception cref="IOException">The target exists and <paramref name="overwrite"/> is false, or the write failed (one sentence naming <paramref name="path"/>).</exception>
    public static void Write(string path, bool overwrite, Action<Stream> write, CancellationToken cancellationToken)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string temporary = Path.Combine(directory, $".{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            // Unbuffered: a write error (a full disk) surfaces in the write that caused it, inside the encoder,
            // not later in a flush or, worse, in Dispose, where it would replace the first exception. The
            // encoders write in blocks of kilobytes, so this costs no measurable time.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            throw new IOException($"{path}: the file already exists; pass --overwrite to replace it.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: the file could not be written ({Cause(e)}).", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // .NET's messages name the temporary file ("No space left on device : '/x/.1f…pdnupscale-tmp'"); the
    // user knows only the target.
    private static string Cause(Exception e) => e.Message.Split(" : '", 2)[0].TrimEnd('.');
}
