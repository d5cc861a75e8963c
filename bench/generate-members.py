#!/usr/bin/env python3
"""Writes a member import file with N generated rows (CSV, UTF-8) in the template's columns: bench/generate-members.py N out.csv"""
import random, sys
n, out = int(sys.argv[1]), sys.argv[2]
offset = int(sys.argv[3]) if len(sys.argv) > 3 else 0
rnd = random.Random(20261122 + offset)
FAM = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Mai Tạ Hà".split()
MID = "Văn Thị Đức Minh Quốc Hữu Thanh Công Xuân Ngọc Thu Hồng Kim Phương Diệu Bích".split()
GIV = ("Anh Ánh Bình Chi Cường Dũng Dung Duyên Đạt Giang Hà Hải Hằng Hạnh Hiếu Hoa Hùng Huy Hương Huyền Khánh Kiên "
       "Lan Liên Linh Loan Long Lâm Mai Nam Nga Ngân Nghĩa Nhung Oanh Phong Phúc Phương Quang Quyên Sơn Tài Thảo "
       "Thắng Thành Toàn Trang Tuấn Việt Vinh Yến").split()
LEVELS = ["Sơ cấp", "Trung cấp", "Trung cấp", "Cao cấp", "Cử nhân", ""]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Lý luận chính trị,Chức vụ,Ngày vào Đảng,Ngày lễ kết nạp,Ngày chính thức\n")
    for i in range(n):
        female = rnd.random() < 0.68
        name = f"{rnd.choice(FAM)} {rnd.choice(MID)} {rnd.choice(MID)} {rnd.choice(GIV)}"
        by = rnd.randint(1960, 2000); bm = rnd.randint(1, 12); bd = rnd.randint(1, 28)
        ay = by + rnd.randint(20, 25)
        official = f"{bd:02d}/{bm:02d}/{ay + 1}" if rnd.random() < 0.95 else ""
        f.write(f"{name},{'Nữ' if female else 'Nam'},{bd:02d}/{bm:02d}/{by},{i + offset:012d},Kinh,{rnd.choice(LEVELS)},"
                f"Giáo viên,{bd:02d}/{bm:02d}/{ay},{bd:02d}/{bm:02d}/{ay},{official}\n")
