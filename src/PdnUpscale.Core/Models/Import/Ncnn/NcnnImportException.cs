// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>
/// Thrown when an ncnn .param/.bin pair cannot be converted. The message is one sentence naming the file,
/// the line when there is one, and the cause, so hosts can show it to the user as is; it is a model error
/// (<see cref="UpscaleErrorKind.Model"/>) like every other.
/// </summary>
public sealed class NcnnImportException : UpscaleException
{
    /// <summary>Initializes a new instance of the <see cref="NcnnImportException"/> class.</summary>
    /// <param name="file">The file at fault.</param>
    /// <param name="line">The 1-based line number in <paramref name="file"/>, or 0 when the cause is not on one line.</param>
    /// <param name="cause">What is wrong, without a trailing period.</param>
    public NcnnImportException(string file, int line, string cause)
        : base(UpscaleErrorKind.Model, line > 0 ? $"{file}, line {line}: {cause}." : $"{file}: {cause}.")
    {
        this.File = file;
        this.Line = line;
    }

    /// <summary>Gets the file at fault.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line number, or 0 when the cause is not on one line.</summary>
    public int Line { get; }
}
