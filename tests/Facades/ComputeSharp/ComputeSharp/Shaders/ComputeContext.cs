// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// A batch of dispatches that runs, in order, when disposed — as the real context records a command list
/// and executes it on <see cref="Dispose"/>. Reading a buffer back before disposing therefore sees the old
/// contents here too, so ordering mistakes show up on Linux. On the GPU, dispatches in one command list may
/// overlap unless a UAV barrier separates them, so the emulation refuses a dispatch that uses a
/// <see cref="ReadWriteBuffer{T}"/> an earlier dispatch of the same context used, unless
/// <c>Barrier</c> was called on that buffer in between (the real package cannot detect that race).
/// </summary>
public struct ComputeContext : IDisposable
{
    private readonly GraphicsDevice? device;
    private readonly HashSet<object>? unsynchronized;
    private List<Action>? commands;

    /// <summary>Initializes a new instance of the <see cref="ComputeContext"/> struct.</summary>
    /// <param name="device">The owning device.</param>
    internal ComputeContext(GraphicsDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.ThrowIfUnusable();
        this.device = device;
        this.commands = [];
        this.unsynchronized = new HashSet<object>(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Gets the device the context runs on.</summary>
    public readonly GraphicsDevice GraphicsDevice => this.device ?? throw new InvalidOperationException("The context was not created by a device.");

    /// <summary>Queues a dispatch, checking its read-write buffers against the barriers recorded so far.</summary>
    /// <param name="shaderName">The shader, for the message.</param>
    /// <param name="readWriteBuffers">The read-write buffers the dispatch binds.</param>
    /// <param name="command">The dispatch.</param>
    internal readonly void Enqueue(string shaderName, IEnumerable<object> readWriteBuffers, Action command)
    {
        List<Action> queue = this.commands ?? throw new InvalidOperationException("The context was not created by a device or was already disposed.");
        foreach (object buffer in readWriteBuffers)
        {
            if (!this.unsynchronized!.Add(buffer))
            {
                throw new InvalidOperationException(
                    $"{shaderName} uses a ReadWriteBuffer that an earlier dispatch in this ComputeContext used, with no Barrier on it in between: on the GPU the two dispatches may overlap (a data race).");
            }
        }

        queue.Add(command);
    }

    /// <summary>Records a UAV barrier on a buffer: later dispatches see what earlier ones wrote.</summary>
    /// <param name="buffer">The buffer.</param>
    internal readonly void Synchronize(object buffer)
    {
        _ = this.commands ?? throw new InvalidOperationException("The context was not created by a device or was already disposed.");
        this.unsynchronized!.Remove(buffer);
    }

    /// <summary>Runs the queued dispatches in order and waits for them.</summary>
    public void Dispose()
    {
        List<Action>? queued = this.commands;
        this.commands = null;
        if (queued is null)
        {
            return;
        }

        foreach (Action command in queued)
        {
            this.GraphicsDevice.ThrowIfLostWhileExecuting();
            command();
        }
    }
}
