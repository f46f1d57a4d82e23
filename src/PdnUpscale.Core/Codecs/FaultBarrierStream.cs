// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.ExceptionServices;

namespace PdnUpscale.Core.Codecs;

/// <summary>
/// Stands between SkiaSharp and a file stream. Skia calls the stream from native code, and an exception thrown
/// there (a full disk, a file-size limit, a read error) cannot unwind through native frames: the process would
/// end. This stream catches the first failure instead and then acts as an ended stream (reads return nothing,
/// writes are dropped), so Skia finishes or gives up normally; the caller then rethrows the failure with
/// <see cref="ThrowIfFaulted"/>.
/// </summary>
/// <param name="inner">The stream read or written; not disposed.</param>
internal sealed class FaultBarrierStream(Stream inner) : Stream
{
    private ExceptionDispatchInfo? fault;

    /// <summary>Gets the first failure of the inner stream, or null.</summary>
    public Exception? Fault => this.fault?.SourceException;

    /// <inheritdoc/>
    public override bool CanRead => inner.CanRead;

    /// <inheritdoc/>
    public override bool CanSeek => inner.CanSeek;

    /// <inheritdoc/>
    public override bool CanWrite => inner.CanWrite;

    /// <inheritdoc/>
    public override long Length => this.Guard(() => inner.Length, 0);

    /// <inheritdoc/>
    public override long Position
    {
        get => this.Guard(() => inner.Position, 0);
        set => this.Guard(() => inner.Position = value, 0);
    }

    /// <summary>
    /// Rethrows the inner stream's first failure as an <see cref="IOException"/> (with its original stack trace
    /// when it is one): whatever a file stream throws is a failure to read or write it; for example .NET reports
    /// a file-size limit (EFBIG) as <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public void ThrowIfFaulted()
    {
        if (this.fault?.SourceException is IOException or UnauthorizedAccessException)
        {
            this.fault.Throw();
        }

        if (this.fault is not null)
        {
            throw new IOException(this.fault.SourceException.Message, this.fault.SourceException);
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => this.Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (this.fault is not null)
        {
            return 0;
        }

        try
        {
            return inner.Read(buffer);
        }
        catch (Exception e)
        {
            this.fault = ExceptionDispatchInfo.Capture(e);
            return 0;
        }
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => this.Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (this.fault is not null)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (Exception e)
        {
            this.fault = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <inheritdoc/>
    public override void Flush() => this.Guard(() => { inner.Flush(); return 0; }, 0);

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => this.Guard(() => inner.Seek(offset, origin), 0);

    /// <inheritdoc/>
    public override void SetLength(long value) => this.Guard(() => { inner.SetLength(value); return 0; }, 0);

    private T Guard<T>(Func<T> action, T fallback)
    {
        if (this.fault is not null)
        {
            return fallback;
        }

        try
        {
            return action();
        }
        catch (Exception e)
        {
            this.fault = ExceptionDispatchInfo.Capture(e);
            return fallback;
        }
    }
}
