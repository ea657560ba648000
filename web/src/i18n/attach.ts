/**
 * Pictures and files in a conversation (issue 17), shared by the agent app and the widget frame
 * (which loads this namespace beside its own): the picker, the drop zone, sending progress, why a
 * file was refused, downloads and the picture viewer.
 */
import type { Strings } from './index.js';

const en = {
  attachFile: 'Send a file or picture',
  dropHere: 'Drop files here to send them',
  uploading: 'Sending {{name}}… {{percent}}%',
  refusedTooLarge: '“{{name}}” is too large: files up to {{limit}} MB can be sent.',
  refusedTooLargeNoLimit: '“{{name}}” is too large to send.',
  refusedType: 'Files of this type cannot be sent (“{{name}}”).',
  refusedClosed: '“{{name}}” was not sent: this conversation has ended.',
  refusedOther: '“{{name}}” could not be sent. Please try again.',
  dismiss: 'Dismiss',
  download: 'Download {{name}} ({{size}})',
  viewImage: 'View picture {{name}}',
  viewer: 'Picture viewer',
  closeViewer: 'Close',
  imageUnavailable: 'The picture could not be loaded.',
  notesTakeNoFiles: 'Files go to the customer: switch off “Internal note” to send one.',
  fileMessage: '[File] {{name}}',
  imageMessage: '[Picture] {{name}}',
};

export const attach: Strings<typeof en> = {
  en,
  'zh-CN': {
    attachFile: '发送文件或图片',
    dropHere: '松开即可发送文件',
    uploading: '正在发送 {{name}}… {{percent}}%',
    refusedTooLarge: '“{{name}}”太大，无法发送：文件不能超过 {{limit}} MB。',
    refusedTooLargeNoLimit: '“{{name}}”太大，无法发送。',
    refusedType: '不支持发送此类型的文件（“{{name}}”）。',
    refusedClosed: '“{{name}}”未发送：会话已结束。',
    refusedOther: '“{{name}}”发送失败，请重试。',
    dismiss: '关闭',
    download: '下载 {{name}}（{{size}}）',
    viewImage: '查看图片 {{name}}',
    viewer: '图片查看',
    closeViewer: '关闭',
    imageUnavailable: '图片无法加载。',
    notesTakeNoFiles: '文件会发送给客户：请先关闭“内部备注”再发送。',
    fileMessage: '[文件] {{name}}',
    imageMessage: '[图片] {{name}}',
  },
};
