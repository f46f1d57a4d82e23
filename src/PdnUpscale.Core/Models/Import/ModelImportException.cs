// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Core.Models.Import;

/// <summary>
/// Thrown when a PyTorch, safetensors or plain ONNX model cannot be imported: the file is truncated, refers
/// to code, holds an architecture the importer does not know, or its weights do not fit together. The message
/// is one sentence naming the file and the cause, so hosts can show it as is; it is a model error
/// (<see cref="UpscaleErrorKind.Model"/>) like every other.
/// </summary>
public sealed class ModelImportException : UpscaleException
{
    /// <summary>Initializes a new instance of the <see cref="ModelImportException"/> class.</summary>
    /// <param name="file">The file at fault.</param>
    /// <param name="cause">What is wrong, without a trailing period.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public ModelImportException(string file, string cause, Exception? innerException = null)
        : base(UpscaleErrorKind.Model, $"{file}: {cause}.", innerException)
        => this.File = file;

    /// <summary>Gets the file at fault.</summary>
    public string File { get; }
}
