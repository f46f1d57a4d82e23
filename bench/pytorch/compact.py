"""Times a compact Real-ESRGAN network (SRVGGNetCompact: 3x3 convolutions with PReLU, PixelShuffle, plus the
nearest-upsampled input) in PyTorch on the CPU, with the weights read from our ONNX file, so it runs exactly the
network `pdnupscale` runs. Prints one JSON line: time per run, GMAC, GFLOP/s, and the largest difference against
the output `pdnupscale` wrote for the same image (when given), as a check that both ran the same network.

Usage: python3 compact.py MODEL.onnx IMAGE.png RUNS THREADS [OURS.png]
"""
import json
import statistics
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import numpy_helper
from PIL import Image


def load(path):
    model = onnx.load(path)
    weights = {t.name: torch.from_numpy(numpy_helper.to_array(t).copy()) for t in model.graph.initializer}
    layers, block = [], 1
    for node in model.graph.node:
        if node.op_type == "Conv":
            layers.append(("conv", weights[node.input[1]], weights[node.input[2]] if len(node.input) > 2 else None))
        elif node.op_type == "PRelu":
            layers.append(("prelu", weights[node.input[1]].reshape(-1), None))
        elif node.op_type == "DepthToSpace":
            block = next(a.i for a in node.attribute if a.name == "blocksize")
        elif node.op_type not in ("Resize", "Add", "Identity"):
            raise SystemExit(f"compact.py: {node.op_type} is not part of a compact Real-ESRGAN network")
    return layers, block


def forward(layers, block, x):
    y = x
    for kind, w, b in layers:
        y = F.conv2d(y, w, b, padding=1) if kind == "conv" else F.prelu(y, w)
    return F.pixel_shuffle(y, block) + F.interpolate(x, scale_factor=block, mode="nearest")


def main():
    model_path, image_path, runs, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    torch.set_num_threads(threads)
    layers, block = load(model_path)
    rgb = np.asarray(Image.open(image_path).convert("RGB"), dtype=np.float32) / 255.0
    x = torch.from_numpy(rgb.transpose(2, 0, 1).copy()).unsqueeze(0)
    h, w = rgb.shape[:2]
    macs = sum(int(wt.shape[0] * wt.shape[1] * wt.shape[2] * wt.shape[3]) for kind, wt, _ in layers if kind == "conv") * h * w
    times = []
    with torch.no_grad():
        out = forward(layers, block, x)  # warm-up: oneDNN picks and caches its kernels
        for _ in range(runs):
            start = time.perf_counter()
            out = forward(layers, block, x)
            times.append(time.perf_counter() - start)
    result = {"torch": torch.__version__, "threads": threads, "size": f"{w}x{h}", "runs": runs,
              "median_ms": round(1000 * statistics.median(times), 1), "gmac": round(macs / 1e9, 2)}
    result["gflops"] = round(2 * macs / 1e9 / statistics.median(times), 1)
    if len(sys.argv) > 5:
        ours = np.asarray(Image.open(sys.argv[5]).convert("RGB"), dtype=np.float32)
        theirs = np.clip(out[0].numpy().transpose(1, 2, 0) * 255 + 0.5, 0, 255).astype(np.uint8).astype(np.float32)
        # Interior only: we mirror 10 pixels at the image border, PyTorch pads with zeros, so outputs differ within
        # the receptive field (34 input pixels for these models) of the edges.
        edge = 34 * block
        result["max_level_difference_vs_ours_interior"] = float(np.abs(ours - theirs)[edge:-edge, edge:-edge].max())
    print(json.dumps(result))


main()
