#!/usr/bin/env python3
"""Draws knowledge/exercises/{id}.svg: a side-view stick figure of each exercise's start and end position.

Each pose is a pelvis point and the absolute direction of each body segment in degrees (0 = down, 90 = right,
180 = up, 270 = left), so a pose reads like a physiotherapist's sketch. Run after changing a pose; the files are
committed, so nothing is drawn at run time. The alt text is the exercise's `illustration` in its YAML.
"""
import math
import pathlib

TRUNK, NECK, HEAD, THIGH, SHIN, UPPER, FORE, FOOT = 30, 4, 5, 19, 19, 13, 12, 5
FLOOR = 56  # poses are written with the floor here; DY moves them down to leave room above standing figures
DY = 38


def at(p, deg, length):
    r = math.radians(deg)
    return (p[0] + math.sin(r) * length, p[1] + math.cos(r) * length)


def pose(pelvis, trunk, legs, arms, props=()):
    """legs/arms: ((thigh, shin), (thigh, shin)) near first; props: extra lines ((x1,y1,x2,y2), ...)."""
    return dict(pelvis=pelvis, trunk=trunk, legs=legs, arms=arms, props=props)


def draw(p, dx):
    out = []
    pelvis = (p["pelvis"][0] + dx, p["pelvis"][1] + DY)
    neck = at(pelvis, p["trunk"], TRUNK)
    head = at(neck, p["trunk"], NECK + HEAD)
    shoulder = at(pelvis, p["trunk"], TRUNK - 3)

    def line(a, b, cls):
        out.append(f'<line class="{cls}" x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}"/>')

    for i, (thigh, shin) in reversed(list(enumerate(p["legs"]))):
        cls = "near" if i == 0 else "far"
        knee = at(pelvis, thigh, THIGH)
        ankle = at(knee, shin, SHIN)
        line(pelvis, knee, cls)
        line(knee, ankle, cls)
        line(ankle, at(ankle, shin - 90 if 0 <= shin % 360 <= 180 else shin + 90, FOOT), cls)
    for i, (upper, fore) in reversed(list(enumerate(p["arms"]))):
        cls = "near" if i == 0 else "far"
        elbow = at(shoulder, upper, UPPER)
        line(shoulder, elbow, cls)
        line(elbow, at(elbow, fore, FORE), cls)
    line(pelvis, neck, "near")
    out.append(f'<circle class="near" cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD}"/>')
    for x1, y1, x2, y2 in p["props"]:
        out.append(f'<line class="prop" x1="{x1 + dx}" y1="{y1 + DY}" x2="{x2 + dx}" y2="{y2 + DY}"/>')
    return out


def svg(start, end):
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="400" height="200">',
        '<style>line,circle{fill:none;stroke-width:2.5;stroke-linecap:round}.near{stroke:#1a1a1a}.far{stroke:#8a8a8a}'
        '.prop{stroke:#0b4f9c;stroke-width:2}.floor{stroke:#6b6b6b;stroke-width:1}text{font:7px sans-serif;fill:#1a1a1a}</style>',
        f'<line class="floor" x1="2" y1="{FLOOR + DY}" x2="198" y2="{FLOOR + DY}"/>',
        '<line class="floor" x1="100" y1="2" x2="100" y2="98" stroke-dasharray="2 2"/>',
        '<text x="4" y="9">Start</text><text x="104" y="9">End</text>',
    ]
    parts += draw(start, 0) + draw(end, 100)
    parts.append("</svg>\n")
    return "\n".join(parts)


# Building blocks (pelvis heights put feet, knees or the back on the floor line).
LIE = 272  # trunk towards the left, lying on the back
KNEES_BENT = ((140, 22), (142, 24))
STRAIGHT = ((88, 88), (90, 90))
ARMS_SIDE = ((88, 88), (90, 90))
STAND = 180
STANDING_LEGS = ((0, 0), (2, 2))
ARMS_DOWN = ((4, 4), (0, 0))
lying = dict(pelvis=(58, 52), trunk=LIE)
standing = dict(pelvis=(50, FLOOR - THIGH - SHIN - 2), trunk=STAND)
all_fours = dict(pelvis=(62, 36), trunk=270)
side = dict(pelvis=(58, 50), trunk=268)

POSES = {
    "bird_dog": (pose(**all_fours, legs=((0, 90), (0, 90)), arms=((0, 0), (0, 0))),
                 pose(**all_fours, legs=((90, 90), (0, 90)), arms=((0, 0), (270, 270)))),
    "cat_camel": (pose(**all_fours, legs=((0, 90), (0, 90)), arms=((0, 0), (0, 0))),
                  pose(pelvis=(62, 36), trunk=262, legs=((0, 90), (0, 90)), arms=((2, 2), (2, 2)))),
    "clamshell": (pose(**side, legs=((130, 30), (128, 28)), arms=((10, 10), (60, 150))),
                  pose(**side, legs=((130, 30), (150, 30)), arms=((10, 10), (60, 150)))),
    "cycling_swimming_aquatic": (pose(pelvis=(50, 30), trunk=165, legs=((110, 10), (60, 0)), arms=((150, 120), (150, 120)), props=((42, 32, 58, 32), (50, 32, 52, FLOOR))),
                                 pose(pelvis=(50, 30), trunk=165, legs=((60, 0), (110, 10)), arms=((150, 120), (150, 120)), props=((42, 32, 58, 32), (50, 32, 52, FLOOR)))),
    "diaphragmatic_breathing": (pose(**lying, legs=KNEES_BENT, arms=((60, 90), (100, 110))),
                                pose(pelvis=(58, 51), trunk=LIE, legs=KNEES_BENT, arms=((70, 95), (110, 115)))),
    "figure_four_stretch": (pose(**lying, legs=KNEES_BENT, arms=ARMS_SIDE),
                            pose(**lying, legs=((160, 60), (150, 30)), arms=((120, 120), (120, 120)))),
    "glute_bridge": (pose(**lying, legs=KNEES_BENT, arms=ARMS_SIDE),
                     pose(pelvis=(58, 40), trunk=295, legs=((115, 15), (117, 17)), arms=((65, 88), (65, 88)))),
    "graded_walking": (pose(**standing, legs=STANDING_LEGS, arms=ARMS_DOWN),
                       pose(**standing, legs=((25, 5), (340, 355)), arms=((340, 10), (20, 20)))),
    "hamstring_nerve_glide": (pose(pelvis=(50, 34), trunk=175, legs=((90, 0), (90, 0)), arms=((20, 60), (20, 60)), props=((40, 36, 60, 36), (40, 36, 40, FLOOR))),
                              pose(pelvis=(50, 34), trunk=200, legs=((90, 85), (90, 0)), arms=((20, 60), (20, 60)), props=((40, 36, 60, 36), (40, 36, 40, FLOOR)))),
    "heel_raise": (pose(**standing, legs=STANDING_LEGS, arms=((30, 60), (30, 60)), props=((66, 24, 96, 24), (92, 24, 92, FLOOR))),
                   pose(pelvis=(50, FLOOR - THIGH - SHIN - 6), trunk=STAND, legs=STANDING_LEGS, arms=((30, 60), (30, 60)), props=((66, 24, 96, 24), (92, 24, 92, FLOOR)))),
    "hip_flexor_stretch": (pose(pelvis=(50, 36), trunk=180, legs=((90, 0), (340, 270)), arms=((10, 10), (30, 60))),
                           pose(pelvis=(54, 37), trunk=183, legs=((110, 0), (325, 270)), arms=((10, 10), (30, 60)))),
    "hip_hinge": (pose(**standing, legs=STANDING_LEGS, arms=ARMS_DOWN, props=((50, 18, 50, -12),)),
                  pose(pelvis=(44, FLOOR - THIGH - SHIN), trunk=125, legs=((15, 350), (15, 350)), arms=((0, 0), (0, 0)))),
    "hip_rotation_rom": (pose(**lying, legs=STRAIGHT, arms=ARMS_SIDE),
                         pose(**lying, legs=((88, 88), (92, 92)), arms=ARMS_SIDE)),
    "isometric_hip_abduction": (pose(**lying, legs=STRAIGHT, arms=ARMS_SIDE, props=((68, 50, 68, 56),)),
                                pose(**lying, legs=STRAIGHT, arms=ARMS_SIDE, props=((68, 49, 68, 57),))),
    "knee_to_chest": (pose(**lying, legs=KNEES_BENT, arms=ARMS_SIDE),
                      pose(**lying, legs=((200, 80), (142, 24)), arms=((140, 150), (140, 150)))),
    "modified_curl_up": (pose(**lying, legs=((88, 88), (140, 22)), arms=((80, 90), (80, 90))),
                         pose(pelvis=(58, 52), trunk=262, legs=((88, 88), (140, 22)), arms=((80, 90), (80, 90)))),
    "pelvic_tilt": (pose(**lying, legs=KNEES_BENT, arms=ARMS_SIDE),
                    pose(pelvis=(58, 53), trunk=270, legs=((138, 20), (140, 22)), arms=ARMS_SIDE)),
    "prone_press_up": (pose(pelvis=(50, 52), trunk=92, legs=((268, 268), (270, 270)), arms=((340, 90), (340, 90))),
                       pose(pelvis=(50, 52), trunk=120, legs=((268, 268), (270, 270)), arms=((0, 0), (0, 0)))),
    "side_lying_hip_abduction": (pose(**side, legs=((90, 90), (100, 20)), arms=((10, 10), (60, 150))),
                                 pose(**side, legs=((115, 115), (100, 20)), arms=((10, 10), (60, 150)))),
    "side_plank": (pose(pelvis=(60, 50), trunk=260, legs=((100, 300), (100, 300)), arms=((0, 270), (60, 150))),
                   pose(pelvis=(60, 40), trunk=245, legs=((110, 300), (110, 300)), arms=((0, 270), (60, 150)))),
    "single_leg_balance": (pose(**standing, legs=STANDING_LEGS, arms=((30, 60), (30, 60)), props=((66, 24, 96, 24), (92, 24, 92, FLOOR))),
                           pose(**standing, legs=((0, 0), (20, 340)), arms=((30, 60), (30, 60)), props=((66, 24, 96, 24), (92, 24, 92, FLOOR)))),
    "sit_to_stand": (pose(pelvis=(46, 33), trunk=165, legs=((90, 5), (92, 5)), arms=((120, 240), (120, 240)), props=((36, 35, 56, 35), (36, 35, 36, FLOOR), (36, 35, 34, 10))),
                     pose(pelvis=(58, FLOOR - THIGH - SHIN - 2), trunk=STAND, legs=STANDING_LEGS, arms=((120, 240), (120, 240)), props=((26, 35, 46, 35), (26, 35, 26, FLOOR), (26, 35, 24, 10)))),
    "split_squat": (pose(pelvis=(50, 20), trunk=STAND, legs=((20, 0), (340, 340)), arms=((0, 0), (30, 60))),
                    pose(pelvis=(50, 30), trunk=STAND, legs=((75, 0), (355, 290)), arms=((0, 0), (30, 60)))),
    "step_ups": (pose(pelvis=(46, 20), trunk=STAND, legs=((70, 5), (0, 0)), arms=((0, 0), (30, 60)), props=((52, 46, 72, 46), (52, 46, 52, FLOOR))),
                 pose(pelvis=(60, 10), trunk=STAND, legs=((0, 0), (2, 2)), arms=((0, 0), (330, 0)), props=((52, 46, 72, 46), (52, 46, 52, FLOOR)))),
    "tai_chi_yoga": (pose(**standing, legs=((10, 0), (350, 0)), arms=ARMS_DOWN),
                     pose(pelvis=(52, FLOOR - THIGH - SHIN), trunk=STAND, legs=((5, 0), (330, 10)), arms=((100, 120), (80, 100)))),
}

if __name__ == "__main__":
    folder = pathlib.Path(__file__).resolve().parent.parent / "knowledge" / "exercises"
    for exercise, (start, end) in POSES.items():
        assert (folder / f"{exercise}.yaml").exists(), exercise
        (folder / f"{exercise}.svg").write_text(svg(start, end))
    missing = sorted(p.stem for p in folder.glob("*.yaml") if p.stem not in POSES)
    assert not missing, f"no pose for {missing}"
