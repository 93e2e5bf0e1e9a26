/** Chinese strings of the villagers' door on the village page and the village's printable card, spread into zh-CN.ts. */
export const villageDoorZhCN = {
  villageDoor: {
    title: '村民扫码入口',
    hint: '村民扫描二维码或打开下面的地址，即可查看驻村干部、反映诉求、查询办理进度，无需账号。',
    qrAlt: '{{village}}的村民扫码二维码',
    link: '公开地址',
    print: '打印扫码牌',
    downloadQr: '下载二维码图片',
    localTitle: '二维码地址指向本机',
    localHint:
      '地址 {{url}} 只能在服务器本机打开，村民的手机扫码后打不开。请系统管理员设置 PUBLIC_URL（村民能访问的地址）后再打印。',
    printAnyway: '仍然打印',
    cancel: '取消',
    /** The village's printable card (村民扫码牌): outside the app's frame. */
    sign: {
      title: '村民扫码牌',
      back: '返回村页面',
    },
    /** What the printed card says: always read in Chinese (it hangs in a Chinese village). */
    sheet: {
      heading: '驻村干部为您服务',
      title: '扫码反映诉求 · 评价驻村干部',
      noCadres: '暂无驻村干部',
    },
  },
};
